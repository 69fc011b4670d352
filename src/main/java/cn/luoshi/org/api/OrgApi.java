package cn.luoshi.org.api;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON of the organisation: units, people, leaders, and who the caller is. */
@RestController
@RequestMapping("/api")
@Tag(name = "组织机构")
class OrgApi {

    private final OrgDirectory org;

    OrgApi(OrgDirectory org) {
        this.org = org;
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户")
    CurrentUser me(@Parameter(hidden = true) CurrentUser me) {
        return me;
    }

    @GetMapping("/units")
    @Operation(summary = "单位")
    List<Unit> units() {
        return org.units();
    }

    @GetMapping("/people")
    @Operation(summary = "人员；leadersOnly=true 只列区领导。电话只给督查室和系统管理员（全部）、单位用户（本单位人员）")
    List<Person> people(@RequestParam(defaultValue = "false") boolean leadersOnly,
            @Parameter(hidden = true) CurrentUser me) {
        return (leadersOnly ? org.leaders() : org.people()).stream().map(p -> p.phoneShownTo(me)).toList();
    }
}
