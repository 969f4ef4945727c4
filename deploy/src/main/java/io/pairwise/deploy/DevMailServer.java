package io.pairwise.deploy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local platform's mail catcher: an SMTP server (GreenMail) that accepts every message for every
 * recipient and delivers none, so the notification service sends real e-mail without a real mail
 * system. {@code GET /messages} on its HTTP port lists what arrived (newest last, optionally
 * {@code ?to=address}); with a data directory each message is also written there as an {@code .eml}
 * file a mail program opens. For development only: no authentication, loopback only.
 */
final class DevMailServer implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer http;
    private final Path dataDir;
    private int saved;

    private DevMailServer(GreenMail smtp, HttpServer http, Path dataDir) {
        this.smtp = smtp;
        this.http = http;
        this.dataDir = dataDir;
    }

    /** @param dataDir where to keep {@code .eml} copies, or {@code null} to keep messages in memory only */
    static DevMailServer start(int smtpPort, int httpPort, Path dataDir) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 16);
        DevMailServer server = new DevMailServer(smtp, http, dataDir);
        http.createContext("/messages", server::list);
        http.start();
        if (dataDir != null) {
            Files.createDirectories(dataDir);
        }
        return server;
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    String httpAddress() {
        return "http://localhost:" + http.getAddress().getPort();
    }

    private synchronized void list(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            String to = query != null && query.startsWith("to=") ? query.substring(3) : null;
            MimeMessage[] received = smtp.getReceivedMessages();
            keepCopies(received);
            List<Map<String, Object>> messages = new ArrayList<>();
            for (MimeMessage message : received) {
                Map<String, Object> view = view(message);
                if (to == null || ((List<?>) view.get("to")).contains(to)) {
                    messages.add(view);
                }
            }
            byte[] body = JSONObjectUtils.toJSONString(Map.of("messages", messages)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (MessagingException e) {
            throw new IOException("Cannot read a received message", e);
        }
    }

    private static Map<String, Object> view(MimeMessage message) throws MessagingException, IOException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", addresses(message.getFrom()));
        view.put("to", addresses(message.getAllRecipients()));
        view.put("subject", message.getSubject());
        view.put("receivedAt", message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
        view.put("text", text(message));
        return view;
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(a -> a.toString().replaceAll(".*<(.+)>", "$1")).toList();
    }

    /** The plain-text part, or the first part there is. */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            String first = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                String text = text(child);
                if (child.isMimeType("text/plain")) {
                    return text;
                }
                first = first == null ? text : first;
            }
            return first;
        }
        return null;
    }

    /** Writes the messages not yet written; the server keeps them in order of arrival. */
    private void keepCopies(MimeMessage[] received) throws IOException, MessagingException {
        if (dataDir == null) {
            return;
        }
        for (; saved < received.length; saved++) {
            try (OutputStream out = Files.newOutputStream(dataDir.resolve("%s-%05d.eml".formatted(
                    Instant.now().toString().replace(':', '-'), saved + 1)))) {
                received[saved].writeTo(out);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        smtp.stop();
    }

    @Override
    public String toString() {
        return "smtp://localhost:" + smtpPort() + ", " + httpAddress() + "/messages";
    }
}
