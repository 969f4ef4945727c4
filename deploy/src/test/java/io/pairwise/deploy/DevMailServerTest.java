package io.pairwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevMailServerTest {

    @Test
    void acceptsMailForAnyoneListsItAndKeepsACopy(@TempDir Path dataDir) throws Exception {
        try (DevMailServer server = DevMailServer.start(0, 0, dataDir)) {
            send(server.smtpPort(), "tom@demo.pairwise.local", "Your match: Maria", "Hello Tom");
            send(server.smtpPort(), "ana@demo.pairwise.local", "Session tomorrow", "Hello Ana");

            try (HttpClient http = HttpClient.newHttpClient()) {
                String all = http.send(HttpRequest.newBuilder(URI.create(server.httpAddress() + "/messages")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(all).contains("Your match: Maria", "Session tomorrow", "Hello Tom");
                String toTom = http.send(HttpRequest.newBuilder(
                                URI.create(server.httpAddress() + "/messages?to=tom@demo.pairwise.local")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(toTom).contains("Your match: Maria").doesNotContain("Session tomorrow");
            }
            try (var files = Files.list(dataDir)) {
                assertThat(files.filter(f -> f.toString().endsWith(".eml")).count()).isEqualTo(2);
            }
        }
    }

    private static void send(int port, String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@pairwise.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }
}
