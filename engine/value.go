package engine

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// toValue converts a Go value to the ast.Value that its JSON encoding
// would give, directly, without writing and reading JSON text: struct
// fields by their json tags (omitempty honoured), nil pointers and slices
// as null, maps as objects, numbers as JSON numbers.
func toValue(v any) (ast.Value, error) {
	return valueOf(reflect.ValueOf(v))
}

func valueOf(v reflect.Value) (ast.Value, error) {
	switch v.Kind() {
	case reflect.Invalid:
		return ast.Null{}, nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.Null{}, nil
		}
		return valueOf(v.Elem())
	case reflect.Struct:
		return structValue(v)
	case reflect.Map:
		if v.IsNil() {
			return ast.Null{}, nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map key %s is not a string", v.Type().Key())
		}
		terms := make([][2]*ast.Term, 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			val, err := valueOf(it.Value())
			if err != nil {
				return nil, err
			}
			terms = append(terms, [2]*ast.Term{ast.StringTerm(it.Key().String()), ast.NewTerm(val)})
		}
		return ast.NewObject(terms...), nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return ast.Null{}, nil
		}
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			val, err := valueOf(v.Index(i))
			if err != nil {
				return nil, err
			}
			terms[i] = ast.NewTerm(val)
		}
		return ast.NewArray(terms...), nil
	case reflect.String:
		return ast.String(v.String()), nil
	case reflect.Bool:
		return ast.Boolean(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.Number(strconv.FormatInt(v.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.Number(strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Float32, reflect.Float64:
		return ast.Number(strconv.FormatFloat(v.Float(), 'f', -1, 64)), nil
	}
	return nil, fmt.Errorf("cannot convert %s", v.Type())
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

func structValue(v reflect.Value) (ast.Value, error) {
	fs := fieldsOf(v.Type())
	terms := make([][2]*ast.Term, 0, len(fs))
	for _, f := range fs {
		fv := v.Field(f.index)
		if f.omitEmpty && fv.IsZero() {
			continue
		}
		val, err := valueOf(fv)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", v.Type().Name(), v.Type().Field(f.index).Name, err)
		}
		terms = append(terms, [2]*ast.Term{f.key, ast.NewTerm(val)})
	}
	return ast.NewObject(terms...), nil
}
