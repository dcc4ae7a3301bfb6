// Package suggest finds the valid choice a misspelt word was meant to be,
// for "did you mean …?" in error messages.
package suggest

import "github.com/agnivade/levenshtein"

// Closest returns the choice nearest to s in edit distance, or "" when even
// the nearest is more than max(slack, len(s)/3) edits away.
func Closest(s string, choices []string, slack int) string {
	best, bestD := "", -1
	for _, c := range choices {
		if d := levenshtein.ComputeDistance(s, c); bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	if bestD < 0 || bestD > max(slack, len(s)/3) {
		return ""
	}
	return best
}
