/**
 * This file declares package errors for the simulator, in Go syntax, modelled on
 * /usr/local/go/src/errors/{errors,wrap,join}.go. Everything has a Go body except `asTarget`
 * (the reflect part of errors.As) and `comparable`, natives in lib/errors.ts.
 * Invariant: %T of errors.New(...) prints `*errors.errorString`, of errors.Join `*errors.joinError`, as in Go.
 */
export const errorsSource = `package errors

func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

var ErrUnsupported = New("unsupported operation")

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// comparable reports whether the dynamic type of x is comparable (reflectlite.Type.Comparable).
func comparable(x any) bool

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	isComparable := comparable(target)
	return is(err, target, isComparable)
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget panics as errors.As does when target is not a non-nil pointer to an interface
// or to a type implementing error.
func checkAsTarget(target any)

// asTarget stores err into *target and reports true when err's dynamic type is assignable to
// the pointed-to type.
func asTarget(err error, target any) bool

func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
`;
