package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

type TempErr interface{ Temporary() bool }
type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("ctx: %w", StatusErr{404})
	fmt.Println(errors.Is(err, StatusErr{}), errors.Is(err, StatusErr{500}), errors.Is(err, StatusErr{404}))
	var te TempErr
	w := fmt.Errorf("a: %w", fmt.Errorf("b: %w", netErr{}))
	fmt.Println(errors.As(w, &te), te.Temporary(), w)
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
	fmt.Println(fmt.Errorf("no wrap %v", err), errors.Unwrap(fmt.Errorf("%v", err)))
	fmt.Printf("%v\n", fmt.Errorf("bad %w", "notanerror"))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2))
}
