package l10n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCatalogComplete reads nianbao's Go source and checks that every
// message key in it has its Chinese in the catalog: the first string of
// l10n.New, the second of l10n.Wrap and l10n.Sprintf, the format of the
// configuration's errorf, a key: field (the command line's table of cobra
// errors) and the values of parser.KindWords. A message added without its
// translation fails here, not in front of a user.
func TestCatalogComplete(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	keys := map[string]string{}
	add := func(e ast.Expr) {
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil {
				keys[s] = fset.Position(lit.Pos()).String()
			}
		}
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				pkg, _ := sel.X.(*ast.Ident)
				switch {
				case pkg != nil && pkg.Name == "l10n" && sel.Sel.Name == "New" && len(n.Args) > 0:
					add(n.Args[0])
				case pkg != nil && pkg.Name == "l10n" && (sel.Sel.Name == "Wrap" || sel.Sel.Name == "Sprintf") && len(n.Args) > 1:
					add(n.Args[1])
				case sel.Sel.Name == "errorf" && len(n.Args) > 1:
					add(n.Args[1])
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "key" {
					add(n.Value)
				}
			case *ast.ValueSpec:
				if len(n.Names) == 1 && n.Names[0].Name == "KindWords" && len(n.Values) == 1 {
					if cl, ok := n.Values[0].(*ast.CompositeLit); ok {
						for _, el := range cl.Elts {
							add(el.(*ast.KeyValueExpr).Value)
						}
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) < 50 {
		t.Fatalf("found only %d message keys: the scan misses calls", len(keys))
	}
	words := regexp.MustCompile(`[A-Za-z]{2,}`)
	for key, at := range keys {
		if !words.MatchString(strings.NewReplacer("%s", "", "%q", "", "%d", "", "%v", "").Replace(key)) {
			continue // nothing to translate ("%s")
		}
		if _, ok := zh[key]; !ok {
			t.Errorf("%s: %q has no Chinese in the catalog", at, key)
		}
	}
	for key := range zh {
		if _, ok := keys[key]; !ok {
			t.Errorf("catalog: %q is used nowhere", key)
		}
	}
}

// TestCatalogVerbs checks that each translation takes the arguments its
// key does: the same verbs, in any order when numbered.
func TestCatalogVerbs(t *testing.T) {
	verb := regexp.MustCompile(`%(\[\d+\])?[sqdv]`)
	for key, s := range zh {
		k, v := verb.FindAllString(key, -1), verb.FindAllString(s, -1)
		if len(k) != len(v) {
			t.Errorf("%q: %d verbs, its Chinese %q has %d", key, len(k), s, len(v))
		}
	}
}
