#ifndef MINIVM_OPCODE_H
#define MINIVM_OPCODE_H

enum {
    OP_NOP,
    OP_LOAD_FAST,
    OP_STORE_FAST,
    OP_LOAD_CONST,
    OP_BINARY_ADD,
    OP_BINARY_SUBTRACT,
    OP_POP_TOP,
    OP_COMPARE_LT,
    OP_POP_JUMP_IF_FALSE,
    OP_JUMP_ABSOLUTE,
    OP_RETURN_VALUE,
    OP_COUNT
};

typedef struct Instr {
    unsigned char opcode;
    unsigned char oparg;
} Instr;

#endif
