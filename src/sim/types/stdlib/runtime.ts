/**
 * This file declares package runtime for the simulator: the scheduler queries (natives in
 * lib/runtime.ts: Gosched, NumGoroutine, GOMAXPROCS, NumCPU, Goexit, GC) and the run-time error
 * types Go's own panics carry, with their Error methods ported from /usr/local/go/src/runtime/error.go,
 * so that `%T` and `%v` of a recovered runtime error print as in Go. The VM raises them: e.g. an
 * index out of range is `boundsError{x: 5, signed: true, y: 3, code: boundsIndex}`, a division by
 * zero `errorString("integer divide by zero")`, a nil map write `plainError("assignment to entry in nil map")`.
 */
export const runtimeSource = `package runtime

type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A PanicNilError happens when code calls panic(nil) (Go 1.21+).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// TypeAssertionError: the VM fills msg with Go's full text ("interface conversion: ...").
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	return e.msg
}

type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
	boundsConvert
)

var boundsErrorFmt = [...]string{
	boundsIndex:      "index out of range [%x] with length %y",
	boundsSliceAlen:  "slice bounds out of range [:%x] with length %y",
	boundsSliceAcap:  "slice bounds out of range [:%x] with capacity %y",
	boundsSliceB:     "slice bounds out of range [%x:%y]",
	boundsSlice3Alen: "slice bounds out of range [::%x] with length %y",
	boundsSlice3Acap: "slice bounds out of range [::%x] with capacity %y",
	boundsSlice3B:    "slice bounds out of range [:%x:%y]",
	boundsSlice3C:    "slice bounds out of range [%x:%y:]",
	boundsConvert:    "cannot convert slice with length %x to array or pointer to array with length %y",
}

var boundsNegErrorFmt = [...]string{
	boundsIndex:      "index out of range [%x]",
	boundsSliceAlen:  "slice bounds out of range [:%x]",
	boundsSliceAcap:  "slice bounds out of range [:%x]",
	boundsSliceB:     "slice bounds out of range [%x:]",
	boundsSlice3Alen: "slice bounds out of range [::%x]",
	boundsSlice3Acap: "slice bounds out of range [::%x]",
	boundsSlice3B:    "slice bounds out of range [:%x:]",
	boundsSlice3C:    "slice bounds out of range [%x::]",
}

func (e boundsError) RuntimeError() {}

func appendIntStr(b []byte, v int64, signed bool) []byte {
	if signed && v < 0 {
		b = append(b, '-')
		v = -v
	}
	var buf [20]byte
	i := len(buf)
	u := uint64(v)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

func (e boundsError) Error() string {
	fmt := boundsErrorFmt[e.code]
	if e.signed && e.x < 0 {
		fmt = boundsNegErrorFmt[e.code]
	}
	b := make([]byte, 0, 100)
	b = append(b, "runtime error: "...)
	for i := 0; i < len(fmt); i++ {
		c := fmt[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		switch fmt[i] {
		case 'x':
			b = appendIntStr(b, e.x, e.signed)
		case 'y':
			b = appendIntStr(b, int64(e.y), true)
		}
	}
	return string(b)
}

func Gosched()

func NumGoroutine() int

func GOMAXPROCS(n int) int

func NumCPU() int

func Goexit()

func GC()

func KeepAlive(x any) {}

// The simulator has no OS threads: locking a goroutine to one changes nothing observable.
func LockOSThread() {}

func UnlockOSThread() {}

func NumCgoCall() int64 { return 0 }

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

func Version() string {
	return "go1.26"
}

type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapObjects  uint64
	NumGC        uint32
}

// ReadMemStats fills m from the VM's heap accounting.
func ReadMemStats(m *MemStats)
`;
