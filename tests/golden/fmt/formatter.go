// fmt.Formatter: a Format method takes over every verb; the State reports width, precision and
// flags; fmt.FormatString rebuilds the directive; a panicking Format prints %!v(PANIC=Format method: …).
package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		prec, ok := f.Precision()
		if !ok {
			prec = 2
		}
		s := fmt.Sprintf("%.*f %s", prec, float64(m.Cents)/100, m.Cur)
		if f.Flag('#') {
			s = "Money(" + s + ")"
		}
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(".", w-len(s))
			} else {
				s = strings.Repeat(".", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
	}
}

type Loud struct{ msg string }

func (l *Loud) Format(f fmt.State, verb rune) {
	f.Write([]byte(strings.ToUpper(l.msg)))
	fmt.Fprint(f, "|", fmt.FormatString(f, verb))
}

type Bad struct{}

func (Bad) Format(f fmt.State, verb rune) { panic("no format for you") }

type wrapErr struct{ inner error }

func (w wrapErr) Error() string { return "wrap: " + w.inner.Error() }
func (w wrapErr) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('+') {
		fmt.Fprintf(f, "%s (with details)", w.Error())
		return
	}
	fmt.Fprint(f, w.Error())
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("[%v] [%.1v] [%#v] [%14v] [%-14v] [%d]\n", m, m, m, m, m, m)
	fmt.Println(m, []Money{m, {5, "USD"}}, map[string]Money{"a": m})
	fmt.Printf("%v %+.3q\n", &Loud{"hi"}, &Loud{"there"})
	fmt.Println(Loud{"value has no Format"})
	fmt.Printf("%v|\n", Bad{})
	e := wrapErr{fmt.Errorf("disk full")}
	fmt.Printf("%v / %+v / %s\n", e, e, fmt.Sprint(e))
	var pm *Money
	fmt.Println(pm)
	fmt.Printf("%v\n", struct{ M Money }{m})
}
