package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000 Mon Jan _2 PM -0700 MST"), t.Format(time.ANSIC))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), u.After(t), t.Before(u), u.Equal(t))
	fmt.Println(t.AddDate(0, 1, 1).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println(t.Unix(), t.UnixMilli(), t.Truncate(time.Hour).Format(time.TimeOnly))
	e := time.Unix(0, 0).UTC()
	fmt.Println(e, e.IsZero(), time.Time{}.IsZero(), time.Time{})
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Minute, -2 * time.Second, 1<<63 - 1} {
		fmt.Print(d, " ")
	}
	fmt.Println()
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Round(time.Minute), d.Truncate(time.Hour))
	fmt.Printf("%v %d %s %T\n", d, d, time.Duration(42), d)
	fmt.Println(time.March, time.Saturday, time.Month(13))
}
