package io.pairwise.notification.delivery;

import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP in the recipient's language: plain text with an HTML alternative (UTF-8), its Message-ID
 * derived from the delivery.
 */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, @Value("${pairwise.notifications.mail.from:Pairwise <mentoring@pairwise.io>}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public void send(String deliveryId, Recipient recipient, Preferences preferences, Rendered content)
            throws DeliveryException {
        if (recipient.email() == null || recipient.email().isBlank()) {
            throw new DeliveryException(FailureReason.INVALID_ADDRESS, true, "no e-mail address", null);
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipient.email());
            helper.setSubject(content.title());
            helper.setText(content.body(), MailHtml.of(content));
            // Kept by the sender (it only generates one when none is set): a repeat carries the same id.
            message.setHeader("Message-ID", messageId(deliveryId));
        } catch (AddressException e) {
            throw new DeliveryException(FailureReason.INVALID_ADDRESS, true, "address refused", e);
        } catch (MessagingException e) {
            throw new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "mail not composed", e);
        }
        try {
            mail.send(message);
        } catch (MailParseException e) {
            throw new DeliveryException(FailureReason.INVALID_ADDRESS, true, "address refused", e);
        } catch (MailAuthenticationException e) {
            throw new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "SMTP authentication failed", e);
        } catch (MailSendException e) {
            // Connection trouble is the server's; a recipient the server refused is the address's.
            boolean refused = e.getFailedMessages().values().stream()
                    .anyMatch(cause -> cause instanceof SendFailedException failed
                            && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0);
            throw refused ? new DeliveryException(FailureReason.INVALID_ADDRESS, true, "recipient refused", e)
                    : new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "SMTP server unavailable", e);
        } catch (MailException e) {
            throw new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "SMTP failure", e);
        }
    }

    static String messageId(String deliveryId) {
        return "<" + deliveryId + "@pairwise.notifications>";
    }
}
