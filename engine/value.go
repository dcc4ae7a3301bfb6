package engine

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// toValue converts a Go value to the ast.Value that its JSON encoding
// would give, directly, without writing and reading JSON text: struct
// fields by their json tags (omitempty honoured), nil pointers and slices
// as null, maps as objects, numbers as JSON numbers. Small whole numbers
// (line and column numbers, most counts) are OPA's interned terms, which
// saves allocating them: a report has thousands.
func toValue(v any) (ast.Value, error) {
	t, err := termOf(reflect.ValueOf(v))
	if err != nil {
		return nil, err
	}
	return t.Value, nil
}

func termOf(v reflect.Value) (*ast.Term, error) {
	switch v.Kind() {
	case reflect.Invalid:
		return ast.InternedNullTerm, nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.InternedNullTerm, nil
		}
		return termOf(v.Elem())
	case reflect.Struct:
		return structTerm(v)
	case reflect.Map:
		if v.IsNil() {
			return ast.InternedNullTerm, nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map key %s is not a string", v.Type().Key())
		}
		terms := make([][2]*ast.Term, 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			val, err := termOf(it.Value())
			if err != nil {
				return nil, err
			}
			terms = append(terms, [2]*ast.Term{ast.StringTerm(it.Key().String()), val})
		}
		return ast.NewTerm(ast.NewObject(terms...)), nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return ast.InternedNullTerm, nil
		}
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			val, err := termOf(v.Index(i))
			if err != nil {
				return nil, err
			}
			terms[i] = val
		}
		return ast.NewTerm(ast.NewArray(terms...)), nil
	case reflect.String:
		if v.Len() == 0 {
			return ast.InternedEmptyString, nil
		}
		return ast.StringTerm(v.String()), nil
	case reflect.Bool:
		return ast.InternedTerm(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intTerm(v.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if u := v.Uint(); u <= math.MaxInt64 {
			return intTerm(int64(u)), nil
		}
		return ast.NumberTerm(json.Number(strconv.FormatUint(v.Uint(), 10))), nil
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if f == math.Trunc(f) && math.Abs(f) < 1<<53 && !(f == 0 && math.Signbit(f)) {
			return intTerm(int64(f)), nil
		}
		return ast.NumberTerm(json.Number(strconv.FormatFloat(f, 'f', -1, 64))), nil
	}
	return nil, fmt.Errorf("cannot convert %s", v.Type())
}

// intTerm is the term of a whole number: OPA's interned one when it has
// one (from -1 to 512).
func intTerm(i int64) *ast.Term {
	if i >= math.MinInt && i <= math.MaxInt {
		return ast.InternedTerm(int(i))
	}
	return ast.NumberTerm(json.Number(strconv.FormatInt(i, 10)))
}

// field is a struct field as its JSON encoding sees it.
type field struct {
	index     int
	key       *ast.Term
	omitEmpty bool
}

// fieldCache maps struct types to their fields: read once per type, like
// encoding/json does.
var fieldCache sync.Map // reflect.Type → []field

func fieldsOf(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fs = append(fs, field{index: i, key: ast.StringTerm(name), omitEmpty: opts == "omitempty"})
	}
	fieldCache.Store(t, fs)
	return fs
}

func structTerm(v reflect.Value) (*ast.Term, error) {
	fs := fieldsOf(v.Type())
	terms := make([][2]*ast.Term, 0, len(fs))
	for _, f := range fs {
		fv := v.Field(f.index)
		if f.omitEmpty && fv.IsZero() {
			continue
		}
		val, err := termOf(fv)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", v.Type().Name(), v.Type().Field(f.index).Name, err)
		}
		terms = append(terms, [2]*ast.Term{f.key, val})
	}
	return ast.NewTerm(ast.NewObject(terms...)), nil
}
