/**
 * This file declares package time for the simulator: Duration (its String is Go's own code from
 * /usr/local/go/src/time/time.go), the unit constants, and Time on the VM's virtual clock as on the
 * Go Playground (the clock starts at 2009-11-10 23:00:00 UTC and only moves when every goroutine
 * is blocked and a timer is due). Natives (lib/time.ts): now, Sleep, startTimer, stopTimer, startTicker, stopTicker, civil,
 * daysSinceEpoch, format, parseDuration.
 * Time keeps seconds since year 1 (the zero Time is year 1, as in Go), nanoseconds, and a
 * monotonic reading, so that Sub and Since are exact.
 */
export const timeSource = `package time

import (
	"errors"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) String() string {
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

func (d Duration) format(buf *[32]byte) int {
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		w = fmtInt(buf[:w], u%60)
		u /= 60

		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return w
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

type Location struct {
	name string
}

var UTC *Location = &Location{"UTC"}

var Local *Location = UTC

func (l *Location) String() string {
	return l.name
}

// Time is an instant: sec seconds since January 1, year 1, 00:00:00 UTC (so the zero Time is
// that instant, as in Go) plus nsec in [0, 1e9); mono is the VM's monotonic reading in
// nanoseconds, or 0 when the Time carries no monotonic clock reading.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

// unixToInternal is the number of seconds between year 1 and 1970.
const unixToInternal int64 = 62135596800

// now returns the virtual wall clock (Unix seconds and nanoseconds) and the monotonic clock
// (nanoseconds since the VM started, plus 1 so that it is never 0).
func now() (sec int64, nsec int64, mono int64)

func Now() Time {
	s, n, m := now()
	return Time{s + unixToInternal, n, m, Local}
}

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, 0, Local}
}

func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	s := daysSinceEpoch(year, int(month), day)*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	t := Unix(s, int64(nsec))
	t.loc = loc
	return t
}

// daysSinceEpoch returns the days from 1970-01-01 to the given proleptic Gregorian date
// (month and day may be out of range; they are normalised as Go's Date does).
func daysSinceEpoch(year, month, day int) int64

func Since(t Time) Duration {
	return Now().Sub(t)
}

func Until(t Time) Duration {
	return t.Sub(Now())
}

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// out of range: Go saturates at the extreme Durations
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return Duration(-1 << 63)
	default:
		return Duration(1<<63 - 1)
	}
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	m := t.mono
	if m != 0 {
		m += int64(d)
	}
	return Time{t.sec + dsec, nsec, m, t.loc}
}

func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec), t.Location())
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) Unix() int64 {
	return t.sec - unixToInternal
}

func (t Time) UnixMilli() int64 {
	return (t.sec-unixToInternal)*1e3 + t.nsec/1e6
}

func (t Time) UnixMicro() int64 {
	return (t.sec-unixToInternal)*1e6 + t.nsec/1e3
}

func (t Time) UnixNano() int64 {
	return (t.sec-unixToInternal)*1e9 + t.nsec
}

func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// Round returns t rounded to the nearest multiple of d since the zero time (halfway up).
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := timeRem(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns t rounded down to a multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-timeRem(t, d))
}

// timeRem is the remainder of t's time since the zero time (year 1) divided by d, computed
// modulo d so that seconds*1e9 cannot overflow.
func timeRem(t Time, d Duration) Duration {
	m := uint64(d)
	r := addmod(mulmod(uint64(t.sec)%m, uint64(1e9)%m, m), uint64(t.nsec)%m, m)
	return Duration(r)
}

func addmod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 == 1 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return r
}

func (t Time) UTC() Time {
	return Time{t.sec, t.nsec, t.mono, UTC}
}

func (t Time) Local() Time {
	return Time{t.sec, t.nsec, t.mono, Local}
}

// civil splits t into its UTC calendar fields.
func civil(sec int64) (year int, month int, day int, hour int, min int, s int, wday int, yday int)

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _ := civil(t.sec)
	return y, Month(m), d
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, mi, s, _, _ := civil(t.sec)
	return h, mi, s
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, w, _ := civil(t.sec)
	return Weekday(w)
}

func (t Time) YearDay() int {
	_, _, _, _, _, _, _, yd := civil(t.sec)
	return yd
}

// ISOWeek returns the ISO 8601 year and week number: weeks start on Monday and week 1 holds
// the year's first Thursday, so the week's Thursday decides both.
func (t Time) ISOWeek() (year, week int) {
	wday := (int(t.Weekday()) + 6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wday)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// format renders t with a Go layout (the reference time Mon Jan 2 15:04:05 MST 2006).
// A monotonic reading mono != 0 is appended as Go's String does (" m=+0.000000001").
func format(sec int64, nsec int64, mono int64, layout string) string

func (t Time) Format(layout string) string {
	return format(t.sec, t.nsec, 0, layout)
}

func (t Time) String() string {
	return format(t.sec, t.nsec, t.mono, "2006-01-02 15:04:05.999999999 -0700 MST")
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Sleep parks the goroutine (wait reason "sleep") until the virtual clock reaches now+d.
func Sleep(d Duration)

// startTimer arms the VM timer of t: at now+d it sends the current time on t.c (without
// blocking) when t.f is nil, or starts t.f in a new goroutine.
func startTimer(t *Timer, d Duration)

// stopTimer disarms t's VM timer; it reports whether the timer was still armed.
func stopTimer(t *Timer) bool

// markTimerChan flags c as a timer channel: Go 1.23+ timer channels are synchronous, so len and
// cap report 0 (the VM keeps one internal slot to deliver the fired value).
func markTimerChan(c chan Time)

// drainTimerChan drops a fired value nobody received and reports whether there was one: after
// Stop or Reset no stale value can be received, and such a timer still counted as active.
func drainTimerChan(c chan Time) bool

type Timer struct {
	C         <-chan Time
	initTimer bool
	c         chan Time
	f         func()
	id        int
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	markTimerChan(c)
	t := &Timer{C: c, initTimer: true, c: c}
	startTimer(t, d)
	return t
}

func (t *Timer) Stop() bool {
	if !t.initTimer {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t)
	if t.c != nil && drainTimerChan(t.c) {
		active = true
	}
	return active
}

func (t *Timer) Reset(d Duration) bool {
	if !t.initTimer {
		panic("time: Reset called on uninitialized Timer")
	}
	active := stopTimer(t)
	if t.c != nil && drainTimerChan(t.c) {
		active = true
	}
	startTimer(t, d)
	return active
}

func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{initTimer: true, f: f}
	startTimer(t, d)
	return t
}

type Ticker struct {
	C          <-chan Time
	initTicker bool
	c          chan Time
	d          Duration
	id         int
}

// startTicker arms a periodic VM timer that sends on c every d (dropping ticks for slow receivers).
func startTicker(tk *Ticker)

func stopTicker(tk *Ticker)

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	markTimerChan(c)
	tk := &Ticker{C: c, initTicker: true, c: c, d: d}
	startTicker(tk)
	return tk
}

func (tk *Ticker) Stop() {
	if !tk.initTicker {
		return
	}
	stopTicker(tk)
	drainTimerChan(tk.c)
}

func (tk *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !tk.initTicker {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTicker(tk)
	drainTimerChan(tk.c)
	tk.d = d
	startTicker(tk)
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return d, nil
}

// parseDuration is Go's ParseDuration; on failure it returns Go's error message.
func parseDuration(s string) (Duration, string)
`;
