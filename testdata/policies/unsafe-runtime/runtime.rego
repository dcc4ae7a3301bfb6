package region.env

deny contains msg if {
	token := opa.runtime().env.GITHUB_TOKEN
	msg := sprintf("token: %s", [token])
}
