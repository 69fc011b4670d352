package cn.luoshi.ingest.owners;

import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the owner suggestion rule ({@link OwnerSuggester}) from the organisation (units and their duty keywords,
 * leaders' portfolios, people) and the ledger (tasks given in the {@value #HISTORY_YEARS} years before the directive,
 * read through {@link TaskService#forEachLeadAssignment}, with the uploader's scope) and the words of accepted tasks
 * ({@link LearnedWords}, 采纳记录).
 */
@Service
public class OwnerSuggestions {

    static final int HISTORY_YEARS = 3;

    private final DutyKeywords keywords;
    private final OrgDirectory org;
    private final TaskService tasks;
    private final LearnedWords learned;
    /** Pre-select the best unit on weak or tied evidence too, marked 请核对 (decision 195). */
    private final boolean tentative;

    OwnerSuggestions(DutyKeywords keywords, OrgDirectory org, TaskService tasks, LearnedWords learned,
            @org.springframework.beans.factory.annotation.Value("${luoshi.ingest.owners.tentative:true}")
            boolean tentative) {
        this.tentative = tentative;
        this.learned = learned;
        this.keywords = keywords;
        this.org = org;
        this.tasks = tasks;
    }

    @Transactional
    public OwnerSuggester suggester(LocalDate asOf, CurrentUser me) {
        Map<Long, List<String>> byUnit = keywords.all();
        List<OwnerSuggester.Candidate> candidates = new ArrayList<>();
        for (Unit u : org.units()) {
            candidates.add(new OwnerSuggester.Candidate(u.id(), u.fullName(), byUnit.getOrDefault(u.id(), List.of())));
        }
        List<OwnerSuggester.Leader> leaders = new ArrayList<>();
        List<OwnerSuggester.Member> members = new ArrayList<>();
        for (Person p : org.people()) {
            if (p.leader()) {
                leaders.add(new OwnerSuggester.Leader(p.id(), p.name(),
                        new HashSet<>(org.portfolioUnits(p.id()).stream().map(Unit::id).toList())));
            } else {
                members.add(new OwnerSuggester.Member(p.unitId(), p.name(), p.position()));
            }
        }
        List<OwnerSuggester.PastTask> history = new ArrayList<>();
        tasks.forEachLeadAssignment(asOf.minusYears(HISTORY_YEARS), me, a -> history.add(
                new OwnerSuggester.PastTask(a.title(), a.leadUnitId(), a.startedOn())));
        return new OwnerSuggester(candidates, history, learned.all(), leaders, members, asOf)
                .tentative(tentative);
    }
}
