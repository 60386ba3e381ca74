package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	if q == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	return nil
}

func service(q string) error {
	if err := find(q); err != nil {
		return fmt.Errorf("service: %w", err)
	}
	return nil
}

func main() {
	err := fmt.Errorf("handler: %w", service(""))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == error(qe))
	j := errors.Join(ErrNotFound, errors.New("second"))
	fmt.Println(j, errors.Is(j, ErrNotFound))
	fmt.Println(service("x") == nil)
	e2 := fmt.Errorf("two: %w and %w", ErrNotFound, fs.ErrNotExist)
	fmt.Println(e2, errors.Is(e2, fs.ErrNotExist))
	_, ferr := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(ferr, fs.ErrNotExist))
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
