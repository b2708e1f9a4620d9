package io.leakscope.core.detect.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.common.LatinNameShape.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values refused are what a label or a name column gave as names in Apache Tika's test
 * documents (a PHP manual, a CHM help file, an Access database, an HTML page); the names kept are
 * from mail headers, rosters and Presidio's test cases.
 */
class LatinNameShapeTest {
    @ParameterizedTest
    @ValueSource(strings = {"Maria Schmidt", "YAMADA Taro", "Sean O'Brien", "Ronald McDonald", "Bryanna VonRueden", "Ludwig van Beethoven",
        "Maria de la Cruz", "Ahmad bin Ismail", "Dan", "Mayers", "Jothi Padmanabhan", "DeShawn Jones", "John Price", "Sally Field",
        "Jean-Luc Picard", "J. R. Smith", "Nicole Knox", "SMITH John", "Alessandro De luca", "Ferdinand Groen in 't Woud",
        "Anica UijtdeHaag", "Andress Maassen van den Brink", "An Abbott", "Alice Swift", "Fedor Lijcklama à Nijeholt"})
    void namesAreLikely(String value) {
        assertThat(LatinNameShape.of(value)).isEqualTo(Verdict.LIKELY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Default", "Description", "Values", "Meaning", "Usage", "Changeable", "Arrival", "Value", "Type", "Name", "NAME",
        "Possible values", "Supported databases", "Return type", "Option type", "Limit description", "Equivalent function",
        "Returns the original value of", "The data type used for this field", "The number of decimals used", "Valor padrão",
        "O nome da coluna", "SurfaceArea", "funcA", "staticValue", "incrementNum", "aStaticMethod", "fooStatic", "methodA",
        "readme.doc", "raisin.jpg", "green.html", "foo.c", "php.net", "imap", "foo", "copyright", "data", "en", "COM", "CNO", "PK", "XXX",
        "Possible Values", "Return Type", "address", "Created By", "Used By"})
    void wordsIdentifiersAndFileNamesAreNotNames(String value) {
        assertThat(LatinNameShape.of(value)).isEqualTo(Verdict.NOT_A_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"john smith", "pgsql link", "cpdf outline"})
    void lowerCaseWordsArePossibleOnly(String value) {
        assertThat(LatinNameShape.of(value)).isEqualTo(Verdict.POSSIBLE);
    }
}
