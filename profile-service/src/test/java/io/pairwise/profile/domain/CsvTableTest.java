package io.pairwise.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("Employee ID,Display-Name,note\r\n"
                + "E1,\"Schäfer, Ingrid\",\"said \"\"hi\"\"\"\r\n"
                + "E2,Tiago,\"two\nlines\"\n");

        assertThat(table.columns()).containsExactly("employeeid", "displayname", "note");
        assertThat(table.rows()).extracting(CsvTable.Row::values).containsExactly(
                List.of("E1", "Schäfer, Ingrid", "said \"hi\""),
                List.of("E2", "Tiago", "two\nlines"));
        assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 3);
    }

    @Test
    void takesSemicolonsWhenTheHeaderHasNoCommasAndSkipsABomAndBlankLines() {
        CsvTable table = CsvTable.parse("\uFEFFemployee_id;email\n\nE1;a@example.com\n\n");

        assertThat(table.columns()).containsExactly("employeeid", "email");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.values()).containsExactly("E1", "a@example.com");
            assertThat(table.valuesOf(row)).containsEntry("email", "a@example.com");
        });
    }

    @Test
    void keepsEmptyFieldsAndReportsRowsOfTheWrongWidth() {
        CsvTable table = CsvTable.parse("a,b,c\n1,,3\n1,2\n");

        assertThat(table.valuesOf(table.rows().get(0))).containsEntry("b", "");
        assertThat(table.valuesOf(table.rows().get(1))).isNull();
    }

    @Test
    void refusesAnUnterminatedQuoteAndAnEmptyFile() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,\"open\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quoted field");
        assertThatThrownBy(() -> CsvTable.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
