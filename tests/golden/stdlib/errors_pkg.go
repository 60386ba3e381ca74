// errors: New (distinct identities), Is with sentinels and custom Is methods, As, Unwrap, Join.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type TempErr struct{ retry int }

func (e TempErr) Error() string { return fmt.Sprintf("temporary (retry %d)", e.retry) }
func (e TempErr) Is(target error) bool {
	_, ok := target.(TempErr)
	return ok
}

func main() {
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a.Error() == b.Error(), errors.Is(a, b))
	err := fmt.Errorf("load: %w", ErrNotFound)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	t := fmt.Errorf("op: %w", TempErr{3})
	fmt.Println(errors.Is(t, TempErr{}), errors.Is(t, ErrNotFound))
	var te TempErr
	fmt.Println(errors.As(t, &te), te.retry)
	joined := errors.Join(ErrNotFound, nil, TempErr{1})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Is(joined, TempErr{}), errors.Unwrap(joined))
	fmt.Println(errors.Join(nil, nil) == nil)
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Unwrap(ErrNotFound), errors.Is(nil, nil), errors.Is(nil, ErrNotFound))
	var target *TempErr
	fmt.Println(errors.As(err, &target))
}
