package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid field " + v.Field }

func validate(name string) error {
	if name == "" {
		return ValidationError{"name"}
	}
	return nil
}

func main() {
	err := validate("")
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	if err != nil {
		panic(err)
	}
}
