// time.Duration arithmetic and formatting (no wall-clock values are printed).
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 2 * time.Second, 90 * time.Minute, 26*time.Hour + 3*time.Second, -5 * time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.Milliseconds(), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Round(time.Hour), d.Truncate(time.Minute))
	fmt.Printf("%v %d %T\n", time.Second, time.Millisecond, time.Second)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err)
}
