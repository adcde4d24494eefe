package id.rancang.review;

import id.rancang.bimtek.OutputsByMasterplan;
import id.rancang.bimtek.StageOutput;
import id.rancang.bimtek.StageOutputEvidence;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage IV outputs the review shows: the books are reviewed once their chapters were commented on
 * and no comment is left open; the commitment is signed once the regent and at least one office
 * head signed. The checklist counts the open comments beside "books reviewed".
 */
@Component
@Transactional(readOnly = true)
class ReviewOutputs implements StageOutputEvidence {

    private final JdbcClient jdbc;

    ReviewOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<StageOutput>> outputsDone(Collection<Long> masterplanIds) {
        return new OutputsByMasterplan(jdbc, masterplanIds)
                .whereFound(
                        StageOutput.BOOKS_REVIEWED,
                        "select masterplan_id from review_comment where masterplan_id in (:ids) and parent_id is null"
                                + " group by masterplan_id"
                                + " having sum(case when target_kind = 'CHAPTER' then 1 else 0 end) > 0"
                                + " and sum(case when status = 'OPEN' then 1 else 0 end) = 0")
                .whereFound(
                        StageOutput.COMMITMENT_SIGNED,
                        "select masterplan_id from commitment_signatory where masterplan_id in (:ids)"
                                + " group by masterplan_id"
                                + " having sum(case when role = 'REGENT' then 1 else 0 end) > 0"
                                + " and sum(case when role = 'OFFICE_HEAD' then 1 else 0 end) > 0")
                .done();
    }

    @Override
    public Map<StageOutput, Long> counts(long masterplanId) {
        long open = jdbc.sql("select count(*) from review_comment where masterplan_id = ? and parent_id is null"
                        + " and status = 'OPEN'")
                .param(masterplanId)
                .query(Long.class)
                .single();
        return Map.of(StageOutput.BOOKS_REVIEWED, open);
    }
}
