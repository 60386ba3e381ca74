// Type switches: single and multiple types per case, nil case, default, binding the value.
package main

import "fmt"

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string, []byte:
		return fmt.Sprintf("text %T %v", x, x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func ", x())
	case []int:
		return fmt.Sprint("ints ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 1, "s", []byte("b"), &MyErr{7}, 2.5, func() int { return 9 }, []int{1, 2}, map[int]int{}, struct{}{}, int8(1)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e error = (*MyErr)(nil)
	switch e.(type) {
	case nil:
		fmt.Println("nil interface")
	case *MyErr:
		fmt.Println("typed nil pointer")
	}
}
