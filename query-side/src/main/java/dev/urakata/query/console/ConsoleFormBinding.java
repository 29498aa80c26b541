package dev.urakata.query.console;

import dev.urakata.config.web.RequestText;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;

/**
 * Console form fields are read as the API reads JSON text: NFC-normalized, so a name typed with a combining accent
 * is stored as the same name typed precomposed. Text the API refuses is kept as typed here and refused by
 * {@link FormErrors}, beside its field, so the page can show it.
 */
@ControllerAdvice(basePackageClasses = ConsoleController.class)
class ConsoleFormBinding {

    @InitBinder
    void normalizeText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || RequestText.refusal(text) != null ? text : RequestText.normalize(text));
            }
        });
    }
}
