/**
 * This file declares package unicode/utf8 for the simulator (API of /usr/local/go/src/unicode/utf8/utf8.go).
 * All functions are natives (lib/utf8.ts) over the VM's byte strings and []byte slices.
 */
export const utf8Source = `package utf8

const (
	RuneError = '\\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\\U0010FFFF'
	UTFMax    = 4
)

func AppendRune(p []byte, r rune) []byte {
	return append(p, string(encodeRune(r))...)
}

// encodeRune returns the UTF-8 encoding of r (RuneError's for invalid runes).
func encodeRune(r rune) string

func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(string(p))
}

func DecodeLastRuneInString(s string) (r rune, size int)

func DecodeRune(p []byte) (r rune, size int) {
	return DecodeRuneInString(string(p))
}

func DecodeRuneInString(s string) (r rune, size int)

func EncodeRune(p []byte, r rune) int {
	return copy(p, encodeRune(r))
}

func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

func FullRuneInString(s string) bool

func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

func RuneCountInString(s string) (n int)

func RuneLen(r rune) int

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func Valid(p []byte) bool {
	return ValidString(string(p))
}

func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < 0xD800:
		return true
	case 0xDFFF < r && r <= MaxRune:
		return true
	}
	return false
}

func ValidString(s string) bool
`;
