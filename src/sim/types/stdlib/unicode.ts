/**
 * This file declares package unicode for the simulator (API of /usr/local/go/src/unicode).
 * The classification and case functions are natives (lib/unicode.ts) over range tables generated
 * from the installed Go's unicode package; RangeTable values are opaque names of those tables.
 */
export const unicodeSource = `package unicode

const (
	MaxRune         = '\\U0010FFFF'
	ReplacementChar = '\\uFFFD'
	MaxASCII        = '\\u007F'
	MaxLatin1       = '\\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// A RangeTable names one of the simulator's generated tables (lib/unicode-tables.ts).
type RangeTable struct {
	name string
}

var (
	Letter  = &RangeTable{"L"}
	L       = Letter
	Upper   = &RangeTable{"Lu"}
	Lu      = Upper
	Lower   = &RangeTable{"Ll"}
	Ll      = Lower
	Title   = &RangeTable{"Lt"}
	Lt      = Title
	Mark    = &RangeTable{"M"}
	M       = Mark
	Number  = &RangeTable{"N"}
	N       = Number
	Digit   = &RangeTable{"Nd"}
	Nd      = Digit
	Punct   = &RangeTable{"P"}
	P       = Punct
	Symbol  = &RangeTable{"S"}
	S       = Symbol
	Space   = &RangeTable{"Zs"}
	Zs      = Space
	Z       = &RangeTable{"Z"}
	Control = &RangeTable{"Cc"}
	Cc      = Control
	Han     = &RangeTable{"Han"}
	Latin   = &RangeTable{"Latin"}
	Greek   = &RangeTable{"Greek"}
	Cyrillic = &RangeTable{"Cyrillic"}
	Hiragana = &RangeTable{"Hiragana"}
	Katakana = &RangeTable{"Katakana"}
	Hangul  = &RangeTable{"Hangul"}
	Arabic  = &RangeTable{"Arabic"}
	White_Space = &RangeTable{"White_Space"}
)

func inTable(name string, r rune) bool

func Is(rangeTab *RangeTable, r rune) bool {
	return inTable(rangeTab.name, r)
}

func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func IsControl(r rune) bool

func IsDigit(r rune) bool

func IsGraphic(r rune) bool

func IsLetter(r rune) bool

func IsLower(r rune) bool

func IsMark(r rune) bool

func IsNumber(r rune) bool

func IsPrint(r rune) bool

func IsPunct(r rune) bool

func IsSpace(r rune) bool

func IsSymbol(r rune) bool

func IsTitle(r rune) bool

func IsUpper(r rune) bool

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

func ToLower(r rune) rune

func ToTitle(r rune) rune

func ToUpper(r rune) rune

func SimpleFold(r rune) rune
`;
