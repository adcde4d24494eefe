package id.rancang.publication;

import id.rancang.analysis.ReadinessCatalogue;
import id.rancang.document.Book;
import id.rancang.framework.Frameworks;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a masterplan's data into one of its books, in one language. */
@Component
class BookAssembler {

    private final MessageSource messages;
    private final Frameworks frameworks;
    private final ReadinessCatalogue readiness;

    BookAssembler(MessageSource messages, Frameworks frameworks, ReadinessCatalogue readiness) {
        this.messages = messages;
        this.frameworks = frameworks;
        this.readiness = readiness;
    }

    Book assemble(PlanData data, BookKind kind, Locale locale) {
        BookContext context = new BookContext(data, locale, messages, frameworks.get(data.framework()));
        return switch (kind) {
            case ANALISIS_STRATEGIS -> AnalysisBook.assemble(context, readiness.current());
            case MASTERPLAN -> MasterplanBook.assemble(context);
            case QUICK_WIN -> QuickWinBook.assemble(context);
            case ROADMAP -> RoadmapBook.assemble(context);
            case RINGKASAN_EKSEKUTIF -> SummaryBook.assemble(context, readiness.current());
        };
    }
}
