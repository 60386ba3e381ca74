/**
 * This file declares package io/fs for the simulator: the portable error values and PathError
 * (/usr/local/go/src/io/fs/fs.go), which package os uses for its file errors. All Go bodies.
 */
export const fsSource = `package fs

import (
	"errors"
)

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

type FileMode uint32

const (
	ModeDir  FileMode = 1 << (32 - 1 - iota)
	ModePerm FileMode = 0777
)

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}
`;
