package region.minimal

deny contains "联系方式中没有电子邮箱" if {
	count(object.get(object.get(input, "contact", {}), "emails", [])) == 0
}

warn contains {"msg": "请核对发布日期", "location": input.published.loc} if {
	input.published != null
}
