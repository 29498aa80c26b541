package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/read-models.md holds the catalogue as the code defines it, below its hand-written part. When the two differ
 * this test writes the catalogue into the page and fails, so that the new page is looked at and committed.
 */
class ReadModelCatalogueDocumentTest {

    static final Path PAGE = Path.of("..", "docs", "read-models.md");
    static final String MARKER = "<!-- The catalogue below is written by ReadModelCatalogueDocumentTest. -->\n";

    @Test
    void theCheckedInPageHoldsTheCatalogueOfTheCode() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        assertThat(page).contains(MARKER);
        String written = page.substring(0, page.indexOf(MARKER) + MARKER.length()) + "\n"
                + new ReadModelCatalogue(AnalystReadModels.READ_MODELS, InternalCollections.ALL, Function.identity())
                .markdown();
        if (!written.equals(page)) {
            Files.writeString(PAGE, written, StandardCharsets.UTF_8);
        }
        assertThat(page).as("docs/read-models.md was out of date and has been rewritten: review and commit it")
                .isEqualTo(written);
    }

    @Test
    void everyReadModelHasAMeaningForEachFieldAndNoFieldTwice() {
        for (ReadModelCatalogue.ReadModel model : AnalystReadModels.READ_MODELS) {
            assertThat(model.fields()).extracting(ReadModelCatalogue.Field::name).doesNotHaveDuplicates()
                    .doesNotContain("_id");
            assertThat(model.fields()).allSatisfy(field -> assertThat(field.meaning()).isNotBlank());
            assertThat(model.events()).as(model.collection()).isNotEmpty();
        }
        assertThat(AnalystReadModels.READ_MODELS).extracting(ReadModelCatalogue.ReadModel::collection)
                .doesNotHaveDuplicates();
    }
}
