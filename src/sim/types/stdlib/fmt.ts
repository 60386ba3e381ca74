/**
 * This file declares package fmt for the simulator, in Go syntax, modelled on
 * /usr/local/go/src/fmt/{print,errors}.go. The formatting engine is native (lib/fmt/*); the
 * Fprint* family and Errorf's wrapping have Go bodies so that writers are called through their
 * Write method and %T of an Errorf result prints `*fmt.wrapError` / `*fmt.wrapErrors` /
 * `*errors.errorString` exactly as Go. The scanning half (Scan, Sscan, Sscanf, Fscan…) is Go's own
 * fmt/scan.go, generated into fmtscan.gen.ts and appended here.
 */
import { fmtScanSource } from './fmtscan.gen';

export const fmtSource = `package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

// pstate is the State a Format method receives: the printer it writes to is identified by id.
type pstate struct {
	id int
}

func stateWrite(id int, s string)

func stateWidth(id int) (wid int, ok bool)

func statePrecision(id int) (prec int, ok bool)

func stateFlag(id int, c int) bool

func (p *pstate) Write(b []byte) (n int, err error) {
	stateWrite(p.id, string(b))
	return len(b), nil
}

func (p *pstate) WriteString(s string) (n int, err error) {
	stateWrite(p.id, s)
	return len(s), nil
}

func (p *pstate) Width() (wid int, ok bool) { return stateWidth(p.id) }

func (p *pstate) Precision() (prec int, ok bool) { return statePrecision(p.id) }

func (p *pstate) Flag(c int) bool { return stateFlag(p.id, c) }

// FormatString returns a string representing the fully qualified formatting
// directive captured by the State, followed by the argument verb (fmt/print.go).
func FormatString(state State, verb rune) string {
	var tmp [16]byte
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// callFormat is how the printer calls a Format method (the native printer calls it through
// Host.goFunc("fmt.callFormat")).
func callFormat(f Formatter, id int, verb rune) {
	f.Format(&pstate{id}, verb)
}

func Sprint(a ...any) string

func Sprintln(a ...any) string

func Sprintf(format string, a ...any) string

func Print(a ...any) (n int, err error)

func Println(a ...any) (n int, err error)

func Printf(format string, a ...any) (n int, err error)

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats like Sprintf with %w enabled and returns the argument indices of the %w verbs:
// as recorded when there are fewer than two (multi false); sorted (when reordered) and without
// adjacent duplicates when there are several (multi true), as fmt.Errorf's errorf does.
func errorf(format string, a []any) (s string, wrapped []int, multi bool)

func Errorf(format string, a ...any) error {
	s, wrapped, multi := errorf(format, a)
	if multi {
		var errs []error
		for _, argNum := range wrapped {
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{s, errs}
	}
	if len(wrapped) == 0 {
		return errors.New(s)
	}
	w := &wrapError{msg: s}
	w.err, _ = a[wrapped[0]].(error)
	return w
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

${fmtScanSource}`;
