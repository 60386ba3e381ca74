// This program prints, as JSON, the Unicode tables the simulator's unicode, strconv and strings
// natives use, computed by calling the installed Go's own functions on every rune: so the
// simulator's IsLetter, IsPrint, ToUpper, SimpleFold… agree with Go's by construction.
// Run by tests/sim/lib/gen-tables.mjs.
package main

import (
	"encoding/json"
	"os"
	"strconv"
	"unicode"
)

// ranges compresses the runes where pred holds into [lo, hi] pairs (flattened).
func ranges(pred func(rune) bool) []int32 {
	var out []int32
	in := false
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		p := r <= unicode.MaxRune && pred(r)
		if p && !in {
			out = append(out, r)
			in = true
		} else if !p && in {
			out = append(out, r-1)
			in = false
		}
	}
	return out
}

// deltas compresses the runes where f(r) != r into [lo, hi, stride, delta] quadruples.
func deltas(f func(rune) rune) []int32 {
	var out []int32
	for r := rune(0); r <= unicode.MaxRune; r++ {
		d := f(r) - r
		if d == 0 {
			continue
		}
		stride := int32(1)
		if f(r+1)-(r+1) != d && r+2 <= unicode.MaxRune && f(r+2)-(r+2) == d && f(r+1) == r+1 {
			stride = 2
		}
		hi := r
		for n := hi + stride; n <= unicode.MaxRune && f(n)-n == d && (stride == 1 || f(n-1) == n-1); n += stride {
			hi = n
		}
		out = append(out, r, hi, stride, d)
		r = hi
	}
	return out
}

func main() {
	tables := map[string]*unicode.RangeTable{
		"L": unicode.L, "Lu": unicode.Lu, "Ll": unicode.Ll, "Lt": unicode.Lt, "M": unicode.M,
		"N": unicode.N, "Nd": unicode.Nd, "P": unicode.P, "S": unicode.S, "Zs": unicode.Zs,
		"Z": unicode.Z, "Cc": unicode.Cc, "Han": unicode.Han, "Latin": unicode.Latin,
		"Greek": unicode.Greek, "Cyrillic": unicode.Cyrillic, "Hiragana": unicode.Hiragana,
		"Katakana": unicode.Katakana, "Hangul": unicode.Hangul, "Arabic": unicode.Arabic,
		"White_Space": unicode.White_Space,
	}
	out := map[string]any{}
	tabs := map[string][]int32{}
	for name, t := range tables {
		tabs[name] = ranges(func(r rune) bool { return unicode.Is(t, r) })
	}
	out["tables"] = tabs
	out["preds"] = map[string][]int32{
		"IsLetter": ranges(unicode.IsLetter), "IsUpper": ranges(unicode.IsUpper),
		"IsLower": ranges(unicode.IsLower), "IsTitle": ranges(unicode.IsTitle),
		"IsDigit": ranges(unicode.IsDigit), "IsNumber": ranges(unicode.IsNumber),
		"IsMark": ranges(unicode.IsMark), "IsPunct": ranges(unicode.IsPunct),
		"IsSymbol": ranges(unicode.IsSymbol), "IsSpace": ranges(unicode.IsSpace),
		"IsControl": ranges(unicode.IsControl), "IsPrint": ranges(unicode.IsPrint),
		"IsGraphic": ranges(unicode.IsGraphic),
		"strconvIsPrint": ranges(strconv.IsPrint), "strconvIsGraphic": ranges(strconv.IsGraphic),
	}
	out["case"] = map[string][]int32{
		"ToUpper": deltas(unicode.ToUpper), "ToLower": deltas(unicode.ToLower),
		"ToTitle": deltas(unicode.ToTitle), "SimpleFold": deltas(unicode.SimpleFold),
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
