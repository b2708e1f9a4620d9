package io.leakscope.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mail as real servers and clients write it: logs, quoted replies, header lists — one person per record, no machine id a mailbox. */
class MailRecordsTest {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(KnownNames.of(List.of("山田 太郎", "佐藤 花子"))),
            OwnOrganization.of("株式会社エグザンプル", List.of("example-corp.co.jp")));

    private List<PersonRecord> records(String path, String text) {
        return analyzer.analyze(new ExtractedDocument(path, "text/plain", text, List.of())).records();
    }

    private static List<String> emails(List<PersonRecord> records) {
        return records.stream().flatMap(r -> r.values(FindingType.EMAIL).stream()).toList();
    }

    @Test
    void anExchangeMessageTrackingLogGivesEachMailboxAloneAndNoMessageId() {
        String log = """
                #Software: Microsoft Exchange Server
                #Version: 15.02.1258.012
                #Log-type: Message Tracking Log
                #Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality
                2024-09-15T01:03:12.345Z,10.1.0.25,EXMB01,10.1.0.26,EXMB01.corp.example-corp.co.jp,08DC;0,EXMB01\\Default EXMB01,SMTP,RECEIVE,12884901890,<4046651004@example-corp.co.jp>,6b1e2f3a-1111-2222-3333-444455556666,s100001@example-corp.co.jp;k.tanaka@partner1.co.jp,,15234,2,,,【山田様】お見積りの件,s100002@example-corp.co.jp,s100002@example-corp.co.jp,2024-09-15T01:03:11.000Z,Originating
                2024-09-15T01:03:12.500Z,10.1.0.25,EXMB01,10.1.0.26,EXMB01.corp.example-corp.co.jp,08DC;0,,STOREDRIVER,DELIVER,12884901890,<4046651004@example-corp.co.jp>,6b1e2f3a-1111-2222-3333-444455556666,s100001@example-corp.co.jp,,15234,1,,,【山田様】お見積りの件,s100002@example-corp.co.jp,s100002@example-corp.co.jp,2024-09-15T01:03:11.000Z,Originating
                2024-09-15T02:10:00.000Z,10.1.0.25,EXMB01,10.1.0.26,EXMB01.corp.example-corp.co.jp,08DC;0,,SMTP,RECEIVE,12884901891,<b3c0a8f2-1d2e-4f5a-9b8c-7d6e5f4a3b2c@EXMB01.corp.example-corp.co.jp>,77aa,s100003@example-corp.co.jp,,4000,1,,,Weekly report,news@news.example-media.jp,bounce-4711-s100003=example-corp.co.jp@news.example-media.jp,,Incoming
                2024-09-15T02:11:00.000Z,10.1.0.25,EXMB01,10.1.0.26,EXMB01.corp.example-corp.co.jp,08DC;0,,SMTP,RECEIVE,12884901892,<TYWPR01MB1234567ABCD@TYWPR01MB1234.jpnprd01.prod.outlook.com>,88bb,s100001@example-corp.co.jp,,4000,1,,,RE: 納期,hanako.1988@example-mail.jp,hanako.1988@example-mail.jp,,Incoming
                2024-09-15T02:12:00.000Z,10.1.0.25,EXMB01,10.1.0.26,EXMB01.corp.example-corp.co.jp,08DC;0,,SMTP,RECEIVE,12884901893,<CAKx123456=Zq_23808w@mail.gmail.com>,99cc,s100001@example-corp.co.jp,,4000,1,,,Re: 日程,k.tanaka@partner1.co.jp,k.tanaka@partner1.co.jp,,Incoming
                """;
        List<PersonRecord> records = records("logs/MSGTRK20240915-1.LOG", log);
        assertThat(emails(records)).as("every mailbox, no Message-ID, no VERP, no tail of one")
                .containsOnly("s100001@example-corp.co.jp", "s100002@example-corp.co.jp", "s100003@example-corp.co.jp",
                        "k.tanaka@partner1.co.jp", "hanako.1988@example-mail.jp");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(PersonRecord.Kind.LOG_LINE);
            assertThat(r.values(FindingType.EMAIL)).as("one mailbox a record, whatever the subject names").hasSizeLessThanOrEqualTo(1);
        });
        assertThat(records).as("a name in a subject is a mention, not a record").noneMatch(r -> r.values(FindingType.EMAIL).isEmpty());
    }

    @Test
    void aPostfixLogGivesMailboxesNotMessageIdsOrRewrittenSenders() {
        String log = """
                Sep 15 10:15:01 mx01 postfix/smtpd[2001]: 4F1A22C0A3: client=mail.example.net[203.0.113.10]
                Sep 15 10:15:01 mx01 postfix/cleanup[3001]: 4F1A22C0A3: message-id=<20240915000001.4F1A22C0A3@mx01.example-corp.co.jp>
                Sep 15 10:15:01 mx01 postfix/qmgr[1187]: 4F1A22C0A3: from=<SRS0=Ab3d=QX=partner1.co.jp=k.tanaka@example-corp.co.jp>, size=2000, nrcpt=1 (queue active)
                Sep 15 10:15:02 mx01 postfix/smtp[4001]: 4F1A22C0A3: to=<s100001@example-corp.co.jp>, relay=exmb01[10.1.0.25]:25, delay=0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok)
                Sep 15 10:15:02 mx01 postfix/qmgr[1187]: 4F1A22C0A3: removed
                Sep 15 10:16:01 mx01 postfix/cleanup[3002]: 5B2C33D0B4: message-id=<CAOe5k3N9a8B5f7xyz@mail.gmail.com>
                Sep 15 10:16:01 mx01 postfix/qmgr[1187]: 5B2C33D0B4: from=<>, size=2000, nrcpt=1 (queue active)
                Sep 15 10:16:02 mx01 postfix/smtp[4002]: 5B2C33D0B4: to=<hanako.1988@example-mail.jp>, relay=example-mail.jp[198.51.100.7]:25, dsn=5.1.1, status=bounced (host said: 550 5.1.1 User unknown)
                """;
        assertThat(emails(records("mx01/maillog-20240915", log))).containsOnly("s100001@example-corp.co.jp", "hanako.1988@example-mail.jp");
    }

    @Test
    void aQuotedReplyGluesNoOneToTheSender() {
        String mail = "From: Ann Lee <ann.lee@sg.example-group.com>\nTo: 山田 太郎 <s100001@example-corp.co.jp>\nSubject: RE: Quotation\n\n"
                + "Dear Yamada-san,\n\nThank you for the revised quotation.\n\nBest regards,\nAnn Lee\nann.lee@sg.example-group.com\n\n"
                + "-----Original Message-----\nFrom: 山田 太郎 <s100001@example-corp.co.jp>\nSent: Monday, September 2, 2024 10:15 AM\n"
                + "To: Ann Lee <ann.lee@sg.example-group.com>\nCc: 佐藤 花子 <s100002@example-corp.co.jp>; Wei Zhang <wei.zhang@sg.example-group.com>\n"
                + "Subject: Quotation\n\nLee-san,\n\nPlease find the revised quotation attached.\n\n山田 太郎\nTEL: 03-5123-4567\nE-mail: s100001@example-corp.co.jp\n";
        List<PersonRecord> records = records("mail/RE_Quotation.eml", mail);
        assertThat(records).allSatisfy(r -> assertThat(r.values(FindingType.EMAIL)).hasSizeLessThanOrEqualTo(1));
        assertThat(records).filteredOn(r -> r.values(FindingType.PERSON_NAME).contains("山田 太郎"))
                .flatMap(r -> r.values(FindingType.EMAIL)).containsOnly("s100001@example-corp.co.jp");
        assertThat(records).filteredOn(r -> r.values(FindingType.PERSON_NAME).contains("佐藤 花子"))
                .flatMap(r -> r.values(FindingType.EMAIL)).containsOnly("s100002@example-corp.co.jp");
        assertThat(emails(records)).contains("wei.zhang@sg.example-group.com", "ann.lee@sg.example-group.com");
    }

    @Test
    void aJapaneseForwardKeepsThePartnersSignatureTheirs() {
        String mail = "From: 山田 太郎 <s100001@example-corp.co.jp>\nTo: 佐藤 花子 <s100002@example-corp.co.jp>\nSubject: FW: お見積りの件\n\n"
                + "佐藤さん\n\n下記、ご確認ください。\n\n山田 太郎\n\n-----Original Message-----\n差出人: 鈴木 一郎 <i.suzuki@partner1.co.jp>\n"
                + "送信日時: 2024年9月2日 10:15\n宛先: 山田 太郎 <s100001@example-corp.co.jp>\n件名: お見積りの件\n\n山田様\n\nいつもお世話になっております。\n\n"
                + "━━━━━━━━━━\n鈴木商事株式会社\n営業部　鈴木 一郎\n〒100-0005 東京都千代田区丸の内1-2-3\nTEL: 03-5123-4567\nMail: i.suzuki@partner1.co.jp\n━━━━━━━━━━\n";
        List<PersonRecord> records = records("mail/FW.eml", mail);
        assertThat(records).allSatisfy(r -> assertThat(r.values(FindingType.EMAIL)).hasSizeLessThanOrEqualTo(1));
        assertThat(records).filteredOn(r -> r.values(FindingType.EMAIL).contains("i.suzuki@partner1.co.jp"))
                .allSatisfy(r -> assertThat(r.values(FindingType.PERSON_NAME)).containsOnly("鈴木 一郎"));
    }

    @Test
    void headerIdentifiersAndCalendarUidsAreNoMailboxes() {
        String headers = "Message-ID: <4046651004@example-corp.co.jp>\nIn-Reply-To: <x7.k2@mx.partner1.co.jp>\n"
                + "References: <a1.b2@mx.partner1.co.jp> <c3.d4@mx.partner1.co.jp>\n\n本文\n";
        assertThat(emails(records("raw.txt", headers))).isEmpty();
        String ics = "BEGIN:VEVENT\r\nORGANIZER;CN=山田 太郎:mailto:s100001@example-corp.co.jp\r\n"
                + "ATTENDEE;CN=佐藤 花子;ROLE=REQ-PARTICIPANT:mailto:s100002@example-corp.co.jp\r\n"
                + "UID:040000008200E00074C5B7101A82E00800000000@example-corp.co.jp\r\nEND:VEVENT\r\n";
        List<PersonRecord> invitation = records("会議.ics", ics);
        assertThat(emails(invitation)).containsOnly("s100001@example-corp.co.jp", "s100002@example-corp.co.jp");
        assertThat(invitation).filteredOn(r -> r.values(FindingType.PERSON_NAME).contains("佐藤 花子"))
                .flatMap(r -> r.values(FindingType.EMAIL)).containsOnly("s100002@example-corp.co.jp");
    }

    @Test
    void aLetterToSomeoneElseKeepsTheRecipientsAddressApart() {
        String mail = "From: 山田 太郎 <s100001@example-corp.co.jp>\nTo: info-desk.k2@partner9.co.jp\nSubject: ご連絡\n\n"
                + "ご担当者様\n\nよろしくお願いいたします。\n\n山田 太郎\n";
        List<PersonRecord> records = records("mail/to.eml", mail);
        assertThat(records).filteredOn(r -> r.values(FindingType.PERSON_NAME).contains("山田 太郎"))
                .flatMap(r -> r.values(FindingType.EMAIL)).containsOnly("s100001@example-corp.co.jp");
        assertThat(emails(records)).contains("info-desk.k2@partner9.co.jp");
    }
}
