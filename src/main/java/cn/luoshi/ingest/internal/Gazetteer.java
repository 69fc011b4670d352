package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.KnownUnit;

import java.util.List;

/**
 * Built-in gazetteer (单位名录) of common district-level units and the short names speeches use for them. The
 * organisation's own list can replace or extend it ({@code DirectiveDrafter.withUnits}).
 */
public final class Gazetteer {

    private Gazetteer() {}

    public static List<KnownUnit> districtUnits() {
        return List.of(
                KnownUnit.of("区委办公室", "区委办"),
                KnownUnit.of("区政府办公室", "区政府办"),
                KnownUnit.of("区委组织部", "组织部"),
                KnownUnit.of("区委宣传部", "宣传部"),
                KnownUnit.of("区委统战部", "统战部"),
                KnownUnit.of("区委政法委", "政法委"),
                KnownUnit.of("区纪委监委", "纪委监委", "纪委"),
                KnownUnit.of("区委督查室", "督查室"),
                KnownUnit.of("区委督查组", "督查组"),
                KnownUnit.of("区发展和改革委员会", "发展改革委", "发改委", "发改局", "发改"),
                KnownUnit.of("区住房和城乡建设局", "住房城乡建设局", "住建局", "住建委", "住建"),
                KnownUnit.of("区自然资源和规划局", "自然资源局", "规划局", "资规局", "国土资源局", "国土局", "自然资源", "规划", "国土"),
                KnownUnit.of("区城市管理局", "城市管理局", "城管局", "城管"),
                KnownUnit.of("区综合行政执法局", "综合行政执法局", "综合执法局", "城管执法局", "执法局"),
                KnownUnit.of("区财政局", "财政局", "财政"),
                KnownUnit.of("区教育局", "教育局", "教体局", "教育"),
                KnownUnit.of("区卫生健康委员会", "卫生健康委", "卫健委", "卫健局", "卫健"),
                KnownUnit.of("区民政局", "民政局", "民政"),
                KnownUnit.of("区人力资源和社会保障局", "人力资源和社会保障局", "人力社保局", "人社局", "人社"),
                KnownUnit.of("区生态环境局", "生态环境局", "生态环境分局", "环保局", "环保"),
                KnownUnit.of("区交通运输局", "交通运输局", "交通局", "交运局", "交通"),
                KnownUnit.of("区农业农村局", "农业农村局", "农业局", "农业农村"),
                KnownUnit.of("区林业局", "林业局", "林草局", "林业和草原局", "林业"),
                KnownUnit.of("区水利局", "水利局", "水务局", "水利"),
                KnownUnit.of("区商务局", "商务局", "商务"),
                KnownUnit.of("区文化广电和旅游局", "文化广电和旅游局", "文广旅局", "文旅局", "文旅"),
                KnownUnit.of("区应急管理局", "应急管理局", "应急局", "应急"),
                KnownUnit.of("区市场监督管理局", "市场监督管理局", "市场监管局", "市场监管"),
                KnownUnit.of("区公安分局", "公安分局", "公安局", "公安"),
                KnownUnit.of("区公安分局交通警察大队", "交警大队", "交警"),
                KnownUnit.of("区科学技术局", "科学技术局", "科技局", "科技"),
                KnownUnit.of("区工业和信息化局", "工业和信息化局", "经济和信息化局", "工信局", "经信局", "工信", "经信"),
                KnownUnit.of("区审计局", "审计局", "审计"),
                KnownUnit.of("区统计局", "统计局", "统计"),
                KnownUnit.of("区司法局", "司法局", "司法"),
                KnownUnit.of("区信访局", "信访局", "信访"),
                KnownUnit.of("区退役军人事务局", "退役军人事务局", "退役军人局"),
                KnownUnit.of("区医疗保障局", "医疗保障局", "医保局", "医保"),
                KnownUnit.of("区行政审批服务局", "行政审批服务局", "行政审批局", "审批局"),
                KnownUnit.of("区税务局", "税务局", "税务"),
                KnownUnit.of("区总工会", "总工会"),
                KnownUnit.of("团区委", "团区委"),
                KnownUnit.of("区妇联", "妇联"),
                KnownUnit.of("区融媒体中心", "融媒体中心"),
                KnownUnit.of("街道办事处", "街道办事处", "办事处", "街道"),
                KnownUnit.of("乡镇", "乡镇", "苏木乡镇"));
    }
}
