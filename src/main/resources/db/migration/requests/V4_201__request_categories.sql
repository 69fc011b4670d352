-- 诉求分类 shipped as a starting tree (本地默认; the admin edits it). Leaves carry Open311 service codes; the
-- attributes are Open311 service-definition attributes. road-damage with the required DAMAGE_TYPE is also what the
-- Open311 conformance kit (contracts/open311) posts.
insert into request_category (code, name, sort_order) values
  ('city', '城市管理', 10), ('environment', '生态环境', 20), ('housing', '住房物业', 30), ('livelihood', '民生保障', 40);

insert into request_category (parent_id, code, name, description, open311_code, open311_group, keywords, attributes, sort_order)
select p.id, v.code, v.name, v.description, v.open311_code, v.grp, v.keywords, cast(v.attributes as jsonb), v.sort_order
from (values
  ('city', 'road-damage', '道路破损', '坑槽、裂缝、路面塌陷', 'road-damage', '城市管理', '坑槽,裂缝,塌陷',
   '[{"variable":true,"code":"DAMAGE_TYPE","datatype":"singlevaluelist","required":true,"datatype_description":null,"order":1,"description":"破损类型","values":[{"key":"pothole","name":"坑槽"},{"key":"crack","name":"裂缝"},{"key":"sinkhole","name":"塌陷"}]},{"variable":true,"code":"DEPTH_CM","datatype":"number","required":false,"datatype_description":"厘米","order":2,"description":"深度（厘米）"}]', 11),
  ('city', 'streetlight', '路灯故障', '路灯不亮、闪烁', 'streetlight-out', '城市管理', '路灯', '[]', 12),
  ('city', 'illegal-dumping', '乱倒垃圾', '建筑垃圾、大件垃圾乱倒', 'illegal-dumping', '城市管理', '垃圾,渣土',
   '[{"variable":true,"code":"WASTE_KIND","datatype":"singlevaluelist","required":true,"datatype_description":null,"order":1,"description":"垃圾种类","values":[{"key":"furniture","name":"大件家具"},{"key":"rubble","name":"建筑垃圾"},{"key":"household","name":"生活垃圾"}]}]', 13),
  ('city', 'street-vending', '占道经营', '占道摆摊、店外经营', 'street-vending', '城市管理', '摆摊', '[]', 14),
  ('city', 'parking', '违章停车', '占用消防通道、人行道停车', 'illegal-parking', '城市管理', '停车', '[]', 15),
  ('environment', 'noise', '噪声扰民', '施工、商业、生活噪声', 'noise', '生态环境', '噪声,施工', '[]', 21),
  ('environment', 'fumes', '油烟污染', '餐饮油烟直排', 'cooking-fumes', '生态环境', '油烟', '[]', 22),
  ('housing', 'property', '物业服务', '物业管理、维修、收费', 'property-service', '住房物业', '物业', '[]', 31),
  ('housing', 'water-heating', '供水供暖', '停水、水压、暖气不热', 'water-heating', '住房物业', '停水,暖气', '[]', 32),
  ('livelihood', 'wages', '拖欠工资', '农民工工资拖欠', 'unpaid-wages', '民生保障', '欠薪', '[]', 41),
  ('livelihood', 'school-area', '学校周边', '学校周边交通、安全', 'school-area', '民生保障', '学校', '[]', 42)
) as v(parent, code, name, description, open311_code, grp, keywords, attributes, sort_order)
join request_category p on p.code = v.parent;
