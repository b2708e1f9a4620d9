package io.leakscope.generator;

import static io.leakscope.core.model.FindingType.EMAIL;
import static io.leakscope.core.model.FindingType.PERSON_NAME;

import io.leakscope.generator.LeakGenerator.Employee;
import io.leakscope.generator.LeakGenerator.GroupStaff;
import io.leakscope.generator.LeakGenerator.Partner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The mail servers' own logs, as IT keeps them on a file share: an Exchange message tracking log
 * ({@code MSGTRK*.LOG}: CSV under {@code #Fields:}, one line per event of a message) and a Postfix
 * relay's syslog ({@code maillog}). Every line names machine identifiers shaped like addresses —
 * Message-IDs ({@code <4046651004@example-corp.co.jp>}, GUIDs, Outlook's and Gmail's forms), VERP
 * and SRS return paths, bounces — beside the real mailboxes of employees, partners and group staff,
 * and of a few outside correspondents known from these logs alone (no name, no master). Subjects
 * address people by family name and honorific, as real subjects do.
 */
final class MailServerLogs {
    private static final String HOST = "EXMB01";
    private static final String FQDN = "EXMB01.corp." + LeakGenerator.OWN_DOMAIN;
    private static final List<String> SUBJECTS = List.of("お見積りの件", "打合せ日程のご相談", "請求書送付のお願い", "議事録の共有",
            "出張申請の承認依頼", "Weekly report", "RE: 納期のご確認", "FW: 展示会のご案内");

    private final LeakGenerator g;

    MailServerLogs(LeakGenerator g) {
        this.g = g;
    }

    /** A correspondent of the mail logs: address, display name, and their truth (null for none). */
    private record Party(String address, String family, TruthPerson truth) {
    }

    void write(Path leak, List<Employee> employees, List<GroupStaff> group, List<Partner> partners) throws IOException {
        List<Party> parties = new ArrayList<>();
        employees.forEach(e -> parties.add(new Party(e.email(), e.name().family(), e.truth())));
        partners.forEach(p -> parties.add(new Party(p.email(), p.name().family(), p.truth())));
        group.forEach(s -> parties.add(new Party(s.email(), s.name().substring(s.name().indexOf(' ') + 1), s.truth())));
        for (int i = 0; i < Math.max(2, employees.size() / 20); i++) {
            String first = g.english().name().firstName().toLowerCase(Locale.ROOT);
            if (!first.matches("[a-z]+")) {
                i--;
                continue;
            }
            String address = first + "." + g.unique("", 5) + "@" + g.pick(List.of("example-mail.jp", "example.ne.jp", "mail.example.net"));
            TruthPerson t = new TruthPerson("l" + i, "partner_contact", "", null, null);
            g.addTruth(t);
            parties.add(new Party(address, null, t));
        }
        exchangeLog(leak, employees, parties);
        postfixLog(leak, parties);
    }

    private void exchangeLog(Path leak, List<Employee> employees, List<Party> parties) throws IOException {
        String path = "情報システム/logs/Exchange/MSGTRK20240915-1.LOG";
        StringBuilder sb = new StringBuilder("#Software: Microsoft Exchange Server\r\n#Version: 15.02.1258.012\r\n#Log-type: Message Tracking Log\r\n"
                + "#Date: 2024-09-15T00:00:02.411Z\r\n#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,"
                + "connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,"
                + "total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,"
                + "directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version\r\n");
        int messages = Math.max(20, employees.size());
        for (int m = 0; m < messages; m++) {
            Party from = g.pick(parties);
            List<Party> to = new ArrayList<>();
            for (int k = 0; k < 1 + g.random().nextInt(3); k++) {
                Party p = g.pick(parties);
                if (p != from && !to.contains(p)) {
                    to.add(p);
                }
            }
            if (to.isEmpty()) {
                continue;
            }
            String time = String.format("2024-09-15T%02d:%02d:%02d.%03dZ", m * 24 / messages, g.random().nextInt(60), g.random().nextInt(60),
                    g.random().nextInt(1000));
            String messageId = messageId(m);
            String network = UUID.nameUUIDFromBytes(messageId.getBytes(StandardCharsets.UTF_8)).toString();
            String internal = g.unique("1288490", 5);
            String subject = subject(to.get(0), path);
            String returnPath = m % 7 == 3 ? verp(to.get(0)) : from.address();
            String all = String.join(";", to.stream().map(Party::address).toList());
            sb.append(line(time, "RECEIVE", "SMTP", internal, messageId, network, all, to.size(), subject, from.address(), returnPath));
            List<String> local = to.stream().map(Party::address).filter(a -> a.endsWith(LeakGenerator.OWN_DOMAIN)).toList();
            List<String> remote = to.stream().map(Party::address).filter(a -> !a.endsWith(LeakGenerator.OWN_DOMAIN)).toList();
            if (!local.isEmpty()) {
                sb.append(line(time, "DELIVER", "STOREDRIVER", internal, messageId, network, String.join(";", local), local.size(), subject,
                        from.address(), returnPath));
            }
            if (!remote.isEmpty()) {
                sb.append(line(time, "SEND", "SMTP", internal, messageId, network, String.join(";", remote), remote.size(), subject,
                        from.address(), returnPath));
            }
            from.truth().holds(path, EMAIL, from.address());
            to.forEach(p -> p.truth().holds(path, EMAIL, p.address()));
        }
        FileWriters.write(leak, path, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String line(String time, String event, String source, String internal, String messageId, String network, String recipients,
                        int count, String subject, String sender, String returnPath) {
        return String.join(",", time, "10.1.0.25", HOST, "10.1.0.26", FQDN, "08DCD4A1B2C3D4E5;" + time + ";0",
                source.equals("SMTP") ? HOST + "\\Default " + HOST : "", source, event, internal, messageId, network, recipients,
                event.equals("SEND") ? "250 2.6.0 Queued mail for delivery" : "", String.valueOf(4000 + g.random().nextInt(90000)),
                String.valueOf(count), "", "", csv(subject), sender, returnPath, time, "Originating", "", "10.1.0.25", "10.1.0.26", "",
                "Email", network, "15.02.1258.012") + "\r\n";
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** A subject as people write them: often addressing the first recipient by family name and honorific. */
    private String subject(Party to, String path) {
        String s = g.pick(SUBJECTS);
        if (to.family() != null && g.random().nextInt(3) == 0) {
            to.truth().mentions(path, PERSON_NAME, to.family());
            return "【" + to.family() + "様】" + s;
        }
        return s;
    }

    /** The forms Message-IDs take: digits at the company's domain, a GUID at the server, Outlook's and Gmail's. */
    private String messageId(int m) {
        return switch (m % 4) {
            case 0 -> "<" + g.unique("40", 8) + "@" + LeakGenerator.OWN_DOMAIN + ">";
            case 1 -> "<" + UUID.nameUUIDFromBytes(("m" + m).getBytes(StandardCharsets.UTF_8)) + "@" + FQDN + ">";
            case 2 -> "<TYWPR01MB" + g.unique("", 7) + "ABCD" + m + "@TYWPR01MB" + String.format("%04d", g.random().nextInt(10_000)) + ".jpnprd01.prod.outlook.com>";
            default -> "<CAKx" + g.unique("", 6) + "=Zq_" + g.unique("", 5) + "w@mail.gmail.com>";
        };
    }

    /** A newsletter's VERP bounce address: the recipient's address encoded in the local part. */
    private static String verp(Party to) {
        return "bounce-" + Math.abs(to.address().hashCode() % 100000) + "-" + to.address().replace('@', '=') + "@news.example-media.jp";
    }

    private void postfixLog(Path leak, List<Party> parties) throws IOException {
        String path = "情報システム/logs/mx01/maillog-20240915";
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < Math.max(20, parties.size() / 2); m++) {
            Party from = g.pick(parties);
            Party to = g.pick(parties);
            if (to == from) {
                continue;
            }
            String queue = String.format("%010X", g.random().nextLong() & 0xFFFFFFFFFFL);
            String time = String.format("Sep 15 %02d:%02d:%02d", 8 + m % 12, g.random().nextInt(60), g.random().nextInt(60));
            String prefix = time + " mx01 postfix/";
            String sender = switch (m % 9) {
                case 4 -> ""; // a bounce: the null sender
                case 7 -> srs(from);
                default -> from.address();
            };
            sb.append(prefix).append("smtpd[").append(2000 + m).append("]: ").append(queue).append(": client=mail.example.net[203.0.113.")
                    .append(10 + m % 200).append("]\n");
            sb.append(prefix).append("cleanup[").append(3000 + m).append("]: ").append(queue).append(": message-id=<")
                    .append(String.format("20240915%06d.%s@mx01.%s", m, queue, LeakGenerator.OWN_DOMAIN)).append(">\n");
            sb.append(prefix).append("qmgr[1187]: ").append(queue).append(": from=<").append(sender).append(">, size=")
                    .append(2000 + g.random().nextInt(50000)).append(", nrcpt=1 (queue active)\n");
            boolean bounced = sender.isEmpty();
            sb.append(prefix).append("smtp[").append(4000 + m).append("]: ").append(queue).append(": to=<").append(to.address())
                    .append(">, relay=").append(to.address().substring(to.address().indexOf('@') + 1).toLowerCase(Locale.ROOT))
                    .append("[198.51.100.7]:25, delay=0.52, delays=0.1/0.01/0.2/0.21, dsn=").append(bounced ? "5.1.1" : "2.0.0")
                    .append(", status=").append(bounced ? "bounced (host said: 550 5.1.1 User unknown)" : "sent (250 2.0.0 Ok: queued)")
                    .append('\n');
            sb.append(prefix).append("qmgr[1187]: ").append(queue).append(": removed\n");
            if (!sender.isEmpty() && sender.equals(from.address())) {
                from.truth().holds(path, EMAIL, from.address());
            }
            to.truth().holds(path, EMAIL, to.address());
        }
        FileWriters.write(leak, path, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A forwarder's Sender Rewriting Scheme address: the original sender folded into the forwarder's domain. */
    private String srs(Party from) {
        String local = from.address().substring(0, from.address().indexOf('@'));
        String domain = from.address().substring(from.address().indexOf('@') + 1);
        return "SRS0=" + Integer.toHexString(local.hashCode() & 0xFFFF) + "=QX=" + domain + "=" + local + "@" + LeakGenerator.OWN_DOMAIN;
    }
}
