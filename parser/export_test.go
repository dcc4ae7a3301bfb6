package parser

// SplitCellsForTest exposes the cell splitter to the fuzz target in package
// parser_test: the texts of the cells read out of parts, or ok false.
func SplitCellsForTest(parts []string, n int, amounts bool, identity string) ([]string, bool) {
	decimal := func(int) bool { return amounts }
	var id rowIdentity
	switch identity {
	case "applications":
		id = applicationIdentity(ApplicationColumns)
	case "review":
		id = reviewIdentity
	}
	cells, ok := splitCells(parts, n, decimal, id)
	if !ok {
		return nil, false
	}
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = parts[c.part][c.start:c.end]
	}
	return out, true
}
