package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.assessment.SourceReader;
import cn.luoshi.requests.RequestUnitFigures;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 接诉即办 三率 over the requests the unit led in the period; no request (or no rating) is 无数据. */
@Component
class RequestSource implements SourceReader {

    private final RequestUnitFigures figures;

    RequestSource(RequestUnitFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.REQUEST_RESPONSE_RATE, SourceKey.REQUEST_FINISH_RATE, SourceKey.REQUEST_SATISFACTION_RATE);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        RequestUnitFigures.Rate rate = switch (key) {
            case REQUEST_RESPONSE_RATE -> RequestUnitFigures.Rate.RESPONDED;
            case REQUEST_FINISH_RATE -> RequestUnitFigures.Rate.FINISHED;
            default -> RequestUnitFigures.Rate.SATISFIED;
        };
        return Facts.rates(p.memo("requests." + rate, () -> Facts.byUnit(figures.requests(p.from(), p.to(), rate))), units,
                rate == RequestUnitFigures.Rate.SATISFIED ? "已评价的诉求" : "诉求");
    }
}
