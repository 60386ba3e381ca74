// Time.Round and Truncate count from the zero time (any duration), Sub saturates.
package main

import (
	"fmt"
	"time"
)

func main() {
	base := time.Date(2024, 3, 15, 22, 37, 45, 678901234, time.UTC)
	for _, d := range []time.Duration{0, time.Nanosecond, 300 * time.Millisecond, 1500 * time.Millisecond, time.Second, 7 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
		fmt.Println(d, base.Round(d).Format(time.RFC3339Nano), base.Truncate(d).Format(time.RFC3339Nano))
	}
	a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(time.Time{}), time.Time{}.Sub(a), a.Sub(a.Add(-90*time.Minute)))
}
