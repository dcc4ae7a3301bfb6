package engine

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/nianbao/nianbao/report"
)

// violations reads the violations a query returned (a set, or an array, of
// objects) straight from OPA's value, as encoding/json would read their
// JSON into []violation: fields by key, unknown keys and nulls left out,
// a value of the wrong type an error.
func violations(v ast.Value) ([]violation, error) {
	var elems []*ast.Term
	switch x := v.(type) {
	case ast.Null:
		return nil, nil
	case ast.Set:
		elems = x.Slice()
	case *ast.Array:
		elems = make([]*ast.Term, 0, x.Len())
		x.Foreach(func(t *ast.Term) { elems = append(elems, t) })
	default:
		return nil, fmt.Errorf("%s is not a set of violations", ast.ValueName(v))
	}
	vs := make([]violation, 0, len(elems))
	for _, t := range elems {
		obj, ok := t.Value.(ast.Object)
		if !ok {
			if _, null := t.Value.(ast.Null); null {
				vs = append(vs, violation{})
				continue
			}
			return nil, fmt.Errorf("violation: %s is not an object", ast.ValueName(t.Value))
		}
		var vl violation
		err := obj.Iter(func(k, val *ast.Term) error {
			name, ok := k.Value.(ast.String)
			if !ok {
				return nil
			}
			var err error
			switch name {
			case "rule":
				err = readString(&vl.Rule, val, name)
			case "title":
				err = readString(&vl.Title, val, name)
			case "category":
				err = readString(&vl.Category, val, name)
			case "severity":
				var s string
				err = readString(&s, val, name)
				vl.Severity = Severity(s)
			case "message":
				err = readString(&vl.Message, val, name)
			case "basis":
				err = readString(&vl.Basis, val, name)
			case "location":
				err = readLoc(&vl.Location, val)
			case "related":
				vl.Related, err = readRelated(val)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		vs = append(vs, vl)
	}
	return vs, nil
}

func readString(dst *string, t *ast.Term, name ast.String) error {
	switch x := t.Value.(type) {
	case ast.String:
		*dst = string(x)
	case ast.Null:
	default:
		return fmt.Errorf("violation.%s: %s is not a string", name, ast.ValueName(t.Value))
	}
	return nil
}

func readInt(dst *int, t *ast.Term, name ast.String) error {
	switch x := t.Value.(type) {
	case ast.Number:
		i, ok := x.Int()
		if !ok {
			return fmt.Errorf("location.%s: %s is not a whole number", name, x)
		}
		*dst = i
	case ast.Null:
	default:
		return fmt.Errorf("location.%s: %s is not a number", name, ast.ValueName(t.Value))
	}
	return nil
}

func readLoc(dst *report.Loc, t *ast.Term) error {
	obj, ok := t.Value.(ast.Object)
	if !ok {
		if _, null := t.Value.(ast.Null); null {
			return nil
		}
		return fmt.Errorf("location: %s is not an object", ast.ValueName(t.Value))
	}
	return obj.Iter(func(k, val *ast.Term) error {
		name, _ := k.Value.(ast.String)
		switch name {
		case "line":
			return readInt(&dst.Line, val, name)
		case "column":
			return readInt(&dst.Column, val, name)
		case "end_line":
			return readInt(&dst.EndLine, val, name)
		case "end_column":
			return readInt(&dst.EndColumn, val, name)
		case "page":
			return readInt(&dst.Page, val, name)
		case "paragraph":
			return readInt(&dst.Paragraph, val, name)
		}
		return nil
	})
}

func readRelated(t *ast.Term) ([]Related, error) {
	var elems []*ast.Term
	switch x := t.Value.(type) {
	case ast.Null:
		return nil, nil
	case *ast.Array:
		x.Foreach(func(t *ast.Term) { elems = append(elems, t) })
	case ast.Set:
		elems = x.Slice()
	default:
		return nil, fmt.Errorf("violation.related: %s is not an array", ast.ValueName(t.Value))
	}
	out := make([]Related, 0, len(elems))
	for _, e := range elems {
		var r Related
		obj, ok := e.Value.(ast.Object)
		if !ok {
			if _, null := e.Value.(ast.Null); null {
				out = append(out, r)
				continue
			}
			return nil, fmt.Errorf("violation.related: %s is not an object", ast.ValueName(e.Value))
		}
		err := obj.Iter(func(k, val *ast.Term) error {
			name, _ := k.Value.(ast.String)
			switch name {
			case "path":
				return readString(&r.Path, val, name)
			case "message":
				return readString(&r.Message, val, name)
			case "location":
				return readLoc(&r.Location, val)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
