package io.pairwise.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    @Test
    void paragraphsListsAndLinksComeFromThePlainText() {
        String html = MailHtml.of(new Rendered("Meet your mentoring partner", """
                Hello Tom,

                your mentorship has started. Let us introduce you:
                - Maria, mentor (time zone Europe/Berlin)
                - Marco, mentor

                Schedule your first session: https://pairwise.example.com/mentorships/m-1?tab=sessions&x=1"""));

        assertThat(html).contains("<title>Meet your mentoring partner</title>", ">Meet your mentoring partner</h1>",
                "<p style=\"margin:0 0 12px;\">Hello Tom,</p>",
                "your mentorship has started. Let us introduce you:</p>",
                "<li>Maria, mentor (time zone Europe/Berlin)</li>\n<li>Marco, mentor</li>\n</ul>",
                "<a href=\"https://pairwise.example.com/mentorships/m-1?tab=sessions&amp;x=1\"");
        assertThat(html.indexOf("<ul")).isGreaterThan(html.indexOf("Let us introduce you"));
    }

    @Test
    void whatTheFactsBringIsEscaped() {
        String html = MailHtml.of(new Rendered("Session with <b>Eve</b>", """
                Hello "Mallory" <script>alert(1)</script> & co
                - <img src=x onerror=alert(2)>"""));

        assertThat(html).doesNotContain("<script", "<b>", "<img")
                .contains("Session with &lt;b&gt;Eve&lt;/b&gt;", "&quot;Mallory&quot; &lt;script&gt;", "&amp; co",
                        "<li>&lt;img src=x onerror=alert(2)&gt;</li>");
    }
}
