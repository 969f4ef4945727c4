package io.pairwise.notification.delivery;

import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP, plain text in the recipient's language. */
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
    public void send(Recipient recipient, Preferences preferences, Rendered content) throws DeliveryException {
        if (recipient.email() == null || recipient.email().isBlank()) {
            throw new DeliveryException(FailureReason.INVALID_ADDRESS, true, "no e-mail address", null);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient.email());
        message.setSubject(content.title());
        message.setText(content.body());
        try {
            mail.send(message);
        } catch (MailParseException e) {
            throw new DeliveryException(FailureReason.INVALID_ADDRESS, true, "address refused", e);
        } catch (MailAuthenticationException e) {
            throw new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "SMTP authentication failed", e);
        } catch (MailSendException e) {
            // Connection trouble is the server's; a recipient the server refused is the address's.
            boolean refused = e.getFailedMessages().values().stream()
                    .anyMatch(cause -> cause instanceof jakarta.mail.SendFailedException failed
                            && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0);
            throw refused ? new DeliveryException(FailureReason.INVALID_ADDRESS, true, "recipient refused", e)
                    : new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "SMTP server unavailable", e);
        } catch (MailException e) {
            throw new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "SMTP failure", e);
        }
    }
}
