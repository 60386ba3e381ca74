// fmt.Errorf with %w wraps errors (even several), %v does not; errors.Is/As/Unwrap follow the chain.
package main

import (
	"errors"
	"fmt"
)

var ErrMissing = errors.New("missing")

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func find(name string) error {
	return fmt.Errorf("find %q: %w", name, &NotFound{name})
}

func main() {
	err := find("cfg")
	fmt.Println(err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	wrapped := fmt.Errorf("layer2: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)))
	plain := fmt.Errorf("no wrap: %v", err)
	fmt.Println(errors.Unwrap(plain) == nil, errors.As(plain, &nf))
	e1 := errors.New("e1")
	e2 := errors.New("e2")
	multi := fmt.Errorf("both: %w and %w", e1, e2)
	fmt.Println(multi, errors.Is(multi, e1), errors.Is(multi, e2), errors.Unwrap(multi) == nil)
	fmt.Println(errors.Is(fmt.Errorf("x: %w", ErrMissing), ErrMissing), errors.Is(fmt.Errorf("x: %v", ErrMissing), ErrMissing))
	fmt.Printf("%v|%s|%q\n", err, e1, e1)
	fmt.Println(fmt.Errorf("bad verb %w", "not an error"))
}
