package id.rancang.publication;

import id.rancang.review.ChapterTitles;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chapters named for the review as the books title them, with the book they belong to. */
@Component
class NarrativeChapterTitles implements ChapterTitles {

    private final MessageSource messages;

    NarrativeChapterTitles(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> title(String code, Locale locale) {
        return NarrativeChapter.find(code)
                .map(chapter -> messages.getMessage(
                        "publication.chapterInBook",
                        new Object[] {
                            messages.getMessage(chapter.messageKey(), null, code, locale),
                            messages.getMessage(chapter.book().messageKey(), null, "", locale)
                        },
                        locale));
    }
}
