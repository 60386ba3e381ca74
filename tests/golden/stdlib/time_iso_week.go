// time.Time.ISOWeek around year boundaries.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Time{
		time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2019, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2027, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC),
	} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format("2006-01-02 Mon"), y, w)
	}
}
