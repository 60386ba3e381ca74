/**
 * This file declares package strings for the simulator (API of /usr/local/go/src/strings).
 * Byte-level functions are natives (lib/strings.ts) over the VM's byte strings; functions taking a
 * func argument, Builder, Reader and Replacer have Go bodies (Builder is Go's own code: its Cap
 * and Grow follow append's growth exactly, and copying a non-zero Builder panics as in Go). Reader
 * is Go's own reader.go, generated into stringsreader.gen.ts.
 */
import { stringsReaderSource } from './stringsreader.gen';

export const stringsSource = `package strings

import (
	"errors"
	"io"
	"iter"
	"unicode"
	"unicode/utf8"
)

func Clone(s string) string { return s }

func Compare(a, b string) int

func Contains(s, substr string) bool

func ContainsAny(s, chars string) bool

func ContainsRune(s string, r rune) bool

func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

func Count(s, substr string) int

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func EqualFold(s, t string) bool

func Fields(s string) []string

func FieldsFunc(s string, f func(rune) bool) []string {
	var spans []string
	start := -1
	for end, rune := range s {
		if f(rune) {
			if start >= 0 {
				spans = append(spans, s[start:end])
				start = -1
			}
		} else {
			if start < 0 {
				start = end
			}
		}
	}
	if start >= 0 {
		spans = append(spans, s[start:])
	}
	return spans
}

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func Index(s, substr string) int

func IndexAny(s, chars string) int

func IndexByte(s string, c byte) int

func IndexRune(s string, r rune) int

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func Join(elems []string, sep string) string

func LastIndex(s, substr string) int

func LastIndexAny(s, chars string) int

func LastIndexByte(s string, c byte) int

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			if r == c && c != utf8.RuneError {
				continue
			}
			if c == utf8.RuneError {
				_, w := utf8.DecodeRuneInString(s[i:])
				if w != 1 && r == c {
					continue
				}
			}
			changed = true
			b = append(b, s[:i]...)
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

func Repeat(s string, count int) string

func Replace(s, old, new string, n int) string

func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

func Split(s, sep string) []string {
	return genSplit(s, sep, 0, -1)
}

func SplitAfter(s, sep string) []string {
	return genSplit(s, sep, len(sep), -1)
}

func SplitAfterN(s, sep string, n int) []string {
	return genSplit(s, sep, len(sep), n)
}

func SplitN(s, sep string, n int) []string {
	return genSplit(s, sep, 0, n)
}

// genSplit is Go's genSplit: split after each instance of sep, including sepSave bytes of sep.
func genSplit(s, sep string, sepSave, n int) []string

func Title(s string) string

func ToLower(s string) string

func ToTitle(s string) string

func ToUpper(s string) string

func ToValidUTF8(s, replacement string) string

func Trim(s, cutset string) string

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimLeft(s, cutset string) string

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimRight(s, cutset string) string

func TrimRightFunc(s string, f func(rune) bool) string {
	i := LastIndexFunc(s, func(r rune) bool { return !f(r) })
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

func TrimSpace(s string) string

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Lines, SplitSeq, SplitAfterSeq, FieldsSeq, FieldsFuncSeq: Go's iterators (strings/iter.go).
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			var line string
			if i := IndexByte(s, '\\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, ""
			}
			if !yield(line) {
				return
			}
		}
	}
}

func SplitSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, 0)
}

func SplitAfterSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, len(sep))
}

func splitSeq(s, sep string, sepSave int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			frag := s[:i+sepSave]
			if !yield(frag) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

func FieldsSeq(s string) iter.Seq[string] {
	return FieldsFuncSeq(s, unicode.IsSpace)
}

func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			size := 1
			r := rune(s[i])
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// A Builder is used to efficiently build a string using Write methods (Go's own code).
type Builder struct {
	addr *Builder
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string {
	return string(b.buf)
}

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

${stringsReaderSource}
// A Replacer replaces a list of strings with replacements (NewReplacer's old, new pairs).
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// replace applies the pairs as Go's Replacer does: at each position the earliest listed old
// string that matches wins; matches do not overlap; an empty old string matches everywhere.
func replace(oldnew []string, s string) string

func (r *Replacer) Replace(s string) string {
	return replace(r.oldnew, s)
}

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, replace(r.oldnew, s))
}
`;
