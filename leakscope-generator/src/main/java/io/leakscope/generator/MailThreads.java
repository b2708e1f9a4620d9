package io.leakscope.generator;

import static io.leakscope.core.model.FindingType.COMPANY_ADDRESS;
import static io.leakscope.core.model.FindingType.COMPANY_NAME;
import static io.leakscope.core.model.FindingType.DEPARTMENT;
import static io.leakscope.core.model.FindingType.EMAIL;
import static io.leakscope.core.model.FindingType.PERSON_NAME;
import static io.leakscope.core.model.FindingType.PHONE;

import io.leakscope.generator.LeakGenerator.Employee;
import io.leakscope.generator.LeakGenerator.GroupStaff;
import io.leakscope.generator.LeakGenerator.Partner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mail as it accumulates in a mail folder: replies and forwards quoting earlier messages with the
 * headers mail clients write into the body (Outlook's {@code -----Original Message-----} with
 * {@code From:/Sent:/To:/Cc:} or, in its Japanese UI, {@code 差出人:/送信日時:/宛先:/CC:}; Gmail's
 * {@code 2024年9月2日(月) 10:15 山田太郎 <…>:} over {@code >}-quoted lines), signatures of several
 * people in one message, a Cc line naming three people, a mailing list's archive whose messages all
 * come from the list's address under each author's name ({@code "Ann Lee via users" <users@…>}) and
 * an issue tracker's notifications, and a meeting invitation whose UID looks like an address. Every
 * person keeps their own name and address; none is anyone else's.
 */
final class MailThreads {
    private static final String GROUP_COMPANY = "Example Group Singapore Pte. Ltd.";
    private static final String LIST = "users@lists.example-group.com";

    private final LeakGenerator g;
    private int messages;

    MailThreads(LeakGenerator g) {
        this.g = g;
    }

    void write(Path leak, List<Employee> employees, List<GroupStaff> group, List<Partner> partners) throws IOException {
        int threads = Math.max(3, employees.size() / 10);
        for (int i = 0; i < threads; i++) {
            Employee a = employees.get(2 + g.random().nextInt(employees.size() - 2));
            Employee b = employees.get(2 + g.random().nextInt(employees.size() - 2));
            if (a == b) {
                continue;
            }
            GroupStaff s = group.get(g.random().nextInt(group.size()));
            Partner p = partners.get(g.random().nextInt(partners.size()));
            switch (i % 3) {
                case 0 -> englishReply(leak, s, a, b);
                case 1 -> japaneseForward(leak, a, b, p);
                default -> gmailReply(leak, p, a, b);
            }
        }
        listArchive(leak, employees, group);
        invitation(leak, employees);
    }

    private String path(String folder, String subject) {
        return folder + String.format("%03d", ++messages) + "_" + subject + ".eml";
    }

    private String directLine(Employee e, String doc) {
        String phone = g.directLine();
        e.truth().holds(doc, PHONE, phone);
        return phone;
    }

    /** A group company's staff member answers in English above the employee's quoted message (Outlook, English UI). */
    private void englishReply(Path leak, GroupStaff s, Employee a, Employee cc) throws IOException {
        String doc = path("海外/シンガポール/mail/", "RE_Quotation");
        String phone = directLine(a, doc);
        String body = "Dear " + a.name().family() + "-san,\n\nThank you for the revised quotation. We will place the order next week.\n\n"
                + "Best regards,\n" + s.name() + "\nRegional Sales | " + GROUP_COMPANY + "\n" + s.email() + "\n\n"
                + "-----Original Message-----\n"
                + "From: " + a.name().spaced() + " <" + a.email() + ">\n"
                + "Sent: Monday, September 2, 2024 10:15 AM\n"
                + "To: " + s.name() + " <" + s.email() + ">\n"
                + "Cc: " + cc.name().spaced() + " <" + cc.email() + ">\n"
                + "Subject: Quotation\n\n"
                + s.name().substring(0, s.name().indexOf(' ')) + "-san,\n\nPlease find the revised quotation attached.\n\n"
                + a.name().spaced() + "\n" + LeakGenerator.ORGANIZATION + " " + a.department() + "\nTEL: " + phone + "\nE-mail: " + a.email() + "\n";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("From", s.name() + " <" + s.email() + ">");
        headers.put("To", a.name().spaced() + " <" + a.email() + ">");
        headers.put("Cc", cc.name().spaced() + " <" + cc.email() + ">");
        headers.put("Subject", "RE: Quotation");
        headers.put("Date", "Tue, 3 Sep 2024 09:02:11 +0800");
        headers.put("Message-ID", "<SG2PR04MB" + g.unique("", 7) + "@SG2PR04MB" + String.format("%04d", g.random().nextInt(10_000)) + ".apcprd04.prod.outlook.com>");
        headers.put("In-Reply-To", "<" + g.unique("40", 8) + "@" + LeakGenerator.OWN_DOMAIN + ">");
        FileWriters.write(leak, doc, FileWriters.eml(headers, body));
        s.truth().holds(doc, PERSON_NAME, s.name()).holds(doc, EMAIL, s.email()).mentions(doc, COMPANY_NAME, GROUP_COMPANY);
        a.truth().holds(doc, PERSON_NAME, a.name().spaced()).holds(doc, EMAIL, a.email()).mentions(doc, PERSON_NAME, a.name().family())
                .mentions(doc, DEPARTMENT, a.department());
        cc.truth().holds(doc, PERSON_NAME, cc.name().spaced()).holds(doc, EMAIL, cc.email());
    }

    /** An employee forwards a partner's mail to a colleague (Outlook, Japanese UI): the partner's signature sits in the quote. */
    private void japaneseForward(Path leak, Employee a, Employee b, Partner p) throws IOException {
        String doc = path("営業部/mail/転送/", "FW_お見積りの件");
        String body = b.name().family() + "さん\n\n下記、" + p.company() + "様からの見積です。ご確認ください。\n\n" + a.name().spaced() + "\n\n"
                + "-----Original Message-----\n"
                + "差出人: " + p.name().spaced() + " <" + p.email() + ">\n"
                + "送信日時: 2024年9月2日 10:15\n"
                + "宛先: " + a.name().spaced() + " <" + a.email() + ">\n"
                + "CC: " + b.name().spaced() + " <" + b.email() + ">\n"
                + "件名: お見積りの件\n\n"
                + a.name().family() + "様\n\nいつも大変お世話になっております。\n" + p.company() + "の" + p.name().family() + "です。\n"
                + "ご依頼の見積書を添付いたします。\n\n"
                + "━━━━━━━━━━━━━━━━━━\n" + p.company() + "\n営業部　" + p.name().spaced() + "\n" + p.address() + "\nTEL: " + p.phone()
                + "\nMail: " + p.email() + "\n━━━━━━━━━━━━━━━━━━\n";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("From", a.name().spaced() + " <" + a.email() + ">");
        headers.put("To", b.name().spaced() + " <" + b.email() + ">");
        headers.put("Subject", "FW: お見積りの件");
        headers.put("Date", "Mon, 2 Sep 2024 11:40:00 +0900");
        headers.put("Message-ID", "<" + g.unique("40", 8) + "@" + LeakGenerator.OWN_DOMAIN + ">");
        FileWriters.write(leak, doc, FileWriters.eml(headers, body));
        p.truth().holds(doc, PERSON_NAME, p.name().spaced()).holds(doc, EMAIL, p.email()).holds(doc, COMPANY_NAME, p.company())
                .holds(doc, COMPANY_ADDRESS, p.address()).holds(doc, PHONE, p.phone()).mentions(doc, PERSON_NAME, p.name().family());
        a.truth().holds(doc, PERSON_NAME, a.name().spaced()).holds(doc, EMAIL, a.email()).mentions(doc, PERSON_NAME, a.name().family());
        b.truth().holds(doc, PERSON_NAME, b.name().spaced()).holds(doc, EMAIL, b.email()).mentions(doc, PERSON_NAME, b.name().family());
    }

    /** A partner answers from Gmail above the employee's message, quoted with ">" under "… 山田太郎 <…>:". */
    private void gmailReply(Path leak, Partner p, Employee a, Employee cc) throws IOException {
        String doc = path("営業部/mail/", "Re_打合せ日程");
        String written = a.name().family() + a.name().given();
        String body = a.name().family() + "様\n\nご連絡ありがとうございます。9日(月)で承知いたしました。\n\n--\n" + p.name().spaced() + "\n"
                + p.company() + "\n" + p.phone() + "\n\n"
                + "2024年9月2日(月) 10:15 " + written + " <" + a.email() + ">:\n"
                + "> " + p.name().family() + "様\n>\n> お世話になっております。\n> 来週の打合せの件、9日(月)でいかがでしょうか。\n>\n"
                + "> " + written + "\n> " + LeakGenerator.ORGANIZATION + " " + a.department() + "\n> " + a.email() + "\n";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("From", p.name().spaced() + " <" + p.email() + ">");
        headers.put("To", written + " <" + a.email() + ">");
        headers.put("Cc", cc.name().spaced() + " <" + cc.email() + ">");
        headers.put("Subject", "Re: 打合せ日程");
        headers.put("Date", "Mon, 2 Sep 2024 13:05:00 +0900");
        headers.put("Message-ID", "<CAKx" + g.unique("", 8) + "Q@mail.gmail.com>");
        headers.put("In-Reply-To", "<" + g.unique("40", 8) + "@" + LeakGenerator.OWN_DOMAIN + ">");
        headers.put("References", "<" + g.unique("40", 8) + "@" + LeakGenerator.OWN_DOMAIN + ">");
        FileWriters.write(leak, doc, FileWriters.eml(headers, body));
        p.truth().holds(doc, PERSON_NAME, p.name().spaced()).holds(doc, EMAIL, p.email()).holds(doc, COMPANY_NAME, p.company())
                .holds(doc, PHONE, p.phone()).mentions(doc, PERSON_NAME, p.name().family());
        a.truth().holds(doc, PERSON_NAME, written).holds(doc, EMAIL, a.email()).mentions(doc, PERSON_NAME, a.name().family())
                .mentions(doc, DEPARTMENT, a.department());
        cc.truth().holds(doc, PERSON_NAME, cc.name().spaced()).holds(doc, EMAIL, cc.email());
    }

    /**
     * A month of the group's users' list, as its archive holds it: list mail comes from the list's
     * address under the author's name, tracker mail from the tracker's; only signatures name people.
     */
    private void listArchive(Path leak, List<Employee> employees, List<GroupStaff> group) throws IOException {
        String doc = "共有/ML/users-2024-09.mbox";
        List<String> mails = new ArrayList<>();
        for (int i = 0; i < Math.min(4, group.size()); i++) {
            GroupStaff s = group.get(group.size() - 1 - i);
            String subject = i % 2 == 0 ? "[users] VPN access from Singapore" : "[users] Re: VPN access from Singapore";
            mails.add("From: \"" + s.name() + " via users\" <" + LIST + ">\nTo: " + LIST + "\nSubject: " + subject
                    + "\nDate: Mon, " + (2 + i) + " Sep 2024 10:1" + i + ":00 +0800\nMessage-ID: <" + g.unique("", 10) + "." + i + "@lists.example-group.com>"
                    + (i > 0 ? "\nIn-Reply-To: <" + g.unique("", 10) + ".0@lists.example-group.com>" : "")
                    + "\nList-Id: <users.lists.example-group.com>\n\nHi all,\n\nthe VPN client keeps dropping since the update.\n\n--\n" + s.name() + "\n");
            s.truth().mentions(message(doc, mails.size()), PERSON_NAME, s.name());
        }
        for (int i = 0; i < 2; i++) {
            Employee e = employees.get(3 + i * 7 % (employees.size() - 3));
            mails.add("From: \"" + e.name().spaced() + " (Jira)\" <jira@jira." + LeakGenerator.OWN_DOMAIN + ">\nTo: " + LIST
                    + "\nSubject: [JIRA] (NET-" + (120 + i) + ") VPN drops after update\nDate: Tue, 3 Sep 2024 09:0" + i
                    + ":00 +0900\nMessage-ID: <JIRA." + g.unique("", 9) + "@jira." + LeakGenerator.OWN_DOMAIN + ">\n\n"
                    + e.name().spaced() + " commented on NET-" + (120 + i) + ":\nThe gateway certificate was renewed.\n");
            e.truth().mentions(message(doc, mails.size()), PERSON_NAME, e.name().spaced());
        }
        FileWriters.write(leak, doc, FileWriters.mbox(mails));
    }

    /** The path of the archive's n-th message (from 1), as the scan lists a mail store's messages. */
    private static String message(String archive, int n) {
        return archive + "!/message-" + String.format("%04d", n) + ".eml";
    }

    /** A meeting invitation saved from the calendar: its UID is not a mailbox, its organiser and attendees are people. */
    private void invitation(Path leak, List<Employee> employees) throws IOException {
        String doc = "総務/予定/品質会議.ics";
        StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
                + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n");
        Employee organizer = employees.get(4 % employees.size());
        sb.append("ORGANIZER;CN=").append(organizer.name().spaced()).append(":mailto:").append(organizer.email()).append("\r\n");
        organizer.truth().holds(doc, PERSON_NAME, organizer.name().spaced()).holds(doc, EMAIL, organizer.email());
        for (int i = 0; i < 3; i++) {
            Employee e = employees.get(5 + i * 3 % (employees.size() - 5));
            if (e == organizer) {
                continue;
            }
            sb.append("ATTENDEE;CN=").append(e.name().spaced()).append(";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:").append(e.email()).append("\r\n");
            e.truth().holds(doc, PERSON_NAME, e.name().spaced()).holds(doc, EMAIL, e.email());
        }
        sb.append("UID:040000008200E00074C5B7101A82E008000000").append(g.unique("", 8)).append("@").append(LeakGenerator.OWN_DOMAIN).append("\r\n")
                .append("SUMMARY;LANGUAGE=ja:第13回 品質改善会議\r\nDTSTART;TZID=Tokyo Standard Time:20240912T140000\r\n")
                .append("DTEND;TZID=Tokyo Standard Time:20240912T153000\r\nLOCATION:本社 5F 会議室A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        FileWriters.write(leak, doc, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
