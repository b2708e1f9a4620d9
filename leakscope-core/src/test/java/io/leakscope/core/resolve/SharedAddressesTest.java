package io.leakscope.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedAddressesTest {
    private static Identity id(String email, String... names) {
        return new Identity(new String[] {"email|" + email}, names, new String[0], new String[] {"email|" + email});
    }

    @Test
    void oneIdentitysNamesAreOnePersonsInAnyOrder() {
        Identity master = id("s2001@corp.jp", "fujita yushin", "fujita yuushin", "藤田悠真");
        assertThat(SharedAddresses.of(new Identity[] {master, id("s2001@corp.jp", "藤田悠真")})).isEmpty();
        assertThat(SharedAddresses.of(new Identity[] {id("s2001@corp.jp", "藤田悠真"), master})).isEmpty();
    }

    @Test
    void twoPeoplesNamesUnderOneAddressMakeItShared() {
        assertThat(SharedAddresses.of(new Identity[] {id("team@x.sg", "ann lee"), id("team@x.sg", "ito ken")})).containsExactly("email|team@x.sg");
        assertThat(SharedAddresses.of(new Identity[] {id("a@x.sg", "ann lee"), id("a@x.sg", "lee")})).as("one name holds the other").isEmpty();
        assertThat(SharedAddresses.of(new Identity[] {id("t@x.jp", "山田太郎"), id("t@x.jp", "taro yamada")})).as("scripts differ").isEmpty();
        assertThat(SharedAddresses.of(new Identity[] {id("t@x.jp", "山田太郎"), id("t@x.jp", "佐藤花子")})).containsExactly("email|t@x.jp");
    }
}
