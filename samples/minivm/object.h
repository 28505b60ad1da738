/* Integer objects with reference counts, in the spirit of CPython's PyLongObject. */
#ifndef MINIVM_OBJECT_H
#define MINIVM_OBJECT_H

typedef struct Object {
    long refcnt;
    long value;
} Object;

#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 1024

Object *int_from_long(long value);
void object_dealloc(Object *op);

#define INCREF(op) ((op)->refcnt++)
#define DECREF(op)                          \
    do {                                    \
        Object *op_ = (op);                 \
        if (--op_->refcnt == 0) {           \
            object_dealloc(op_);            \
        }                                   \
    } while (0)

#endif
