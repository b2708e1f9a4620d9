package io.leakscope.generator;

/** The case configuration written beside a generated leak. */
final class CaseYaml {
    static final String TEXT = """
            # Case configuration of a generated leak (see the contract case-config.md).
            case:
              name: generated-ransomware-case
              aware_at: 2024-10-05T09:00:00+09:00
              cause: ransomware
              organization: %s
              own_email_domains: [%s]
              group_companies: ["Example Group Singapore Pte. Ltd.", "Example America Inc.", 爱克赞普尔（上海）有限公司]

            masters:
              - name: hr_master
                path: masters/hr_master.csv
                category: domestic_employee
                key: 社員番号
                columns:
                  employee_id: 社員番号
                  name: 氏名
                  name_kana: フリガナ
                  email: メールアドレス
                  department: 所属
              - name: group_staff
                path: masters/group_staff.xlsx
                sheet: accounts
                category: group_employee
                country: SG
                key: Account
                columns:
                  system_account: Account
                  name: Name
                  email: Email
              - name: partner_master
                path: masters/partner_master.csv
                encoding: shift_jis
                category: partner_contact
                key: 取引先担当者ID
                columns:
                  name: 担当者名
                  email: メールアドレス
                  company_name: 会社名
              - name: crm
                path: masters/crm_customers.csv
                category: customer
                key: 顧客番号
                columns:
                  name: 氏名
                  phone: 電話番号

            rules:
              - category: former_overseas_employee
                when:
                  path: ["海外/**/退職者/**"]
              - category: former_overseas_employee
                when:
                  path: ["海外/**"]
                  has_elements: [taxpayer_id]
              - category: job_applicant
                when:
                  path: ["採用/**"]
              - category: partner_contact
                when:
                  email_domain_not_in: own
                  has_elements: [email]

            default_category: unknown
            relative_category: employee_family
            """.formatted(LeakGenerator.ORGANIZATION, LeakGenerator.OWN_DOMAIN);

    private CaseYaml() {
    }
}
