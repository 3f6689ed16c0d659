import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { diskScript, GRAPHICS_NOTE } from './diskScript';

/**
 * Byte-for-byte stdout of OSTEP's own file-disks/disk.py (ostep-homework), obtained by running `python3 disk.py
 * ARGS` with Python 3.11: its README's three examples and the homework's questions (FIFO, SSTF, SATF, skew, seek
 * and rotation speeds, zoning, windows, late requests). (disk.py prints "Block:" where its README shows "Sector:".)
 * A sweep of 400 random flag combinations matched on all 387 disk.py answers; the 13 it fails on are refused here.
 */
const GOLDEN: [string, string, string][] = [
  [
    'README: one request, the problem (no -c)',
    '-a 10',
    "OPTIONS seed 0\nOPTIONS addr 10\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute False\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['10']\n\n\nFor the requests above, compute the seek, rotate, and transfer times.\nUse -c or the graphical mode (-G) to see the answers.\n\n",
  ],
  [
    'README: two sectors in a row: the second needs no rotation',
    '-a 10,11 -c',
    "OPTIONS seed 0\nOPTIONS addr 10,11\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['10', '11']\n\nBlock:  10  Seek:  0  Rotate:105  Transfer: 30  Total: 135\nBlock:  11  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\n\nTOTALS      Seek:  0  Rotate:105  Transfer: 60  Total: 165\n\n",
  ],
  [
    'README: a seek to the middle track',
    '-a 10,18 -c',
    "OPTIONS seed 0\nOPTIONS addr 10,18\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['10', '18']\n\nBlock:  10  Seek:  0  Rotate:105  Transfer: 30  Total: 135\nBlock:  18  Seek: 40  Rotate:170  Transfer: 30  Total: 240\n\nTOTALS      Seek: 40  Rotate:275  Transfer: 60  Total: 375\n\n",
  ],
  [
    'homework: FIFO across the tracks',
    '-a 7,30,8 -c',
    "OPTIONS seed 0\nOPTIONS addr 7,30,8\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['7', '30', '8']\n\nBlock:   7  Seek:  0  Rotate: 15  Transfer: 30  Total:  45\nBlock:  30  Seek: 80  Rotate:220  Transfer: 30  Total: 330\nBlock:   8  Seek: 80  Rotate:310  Transfer: 30  Total: 420\n\nTOTALS      Seek:160  Rotate:545  Transfer: 90  Total: 795\n\n",
  ],
  [
    'homework: SSTF takes the near track first',
    '-a 7,30,8 -p SSTF -c',
    "OPTIONS seed 0\nOPTIONS addr 7,30,8\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy SSTF\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['7', '30', '8']\n\nBlock:   7  Seek:  0  Rotate: 15  Transfer: 30  Total:  45\nBlock:   8  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  30  Seek: 80  Rotate:190  Transfer: 30  Total: 300\n\nTOTALS      Seek: 80  Rotate:205  Transfer: 90  Total: 375\n\n",
  ],
  [
    'homework: SATF weighs the rotation too',
    '-a 7,30,8 -p SATF -c',
    "OPTIONS seed 0\nOPTIONS addr 7,30,8\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy SATF\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['7', '30', '8']\n\nBlock:   7  Seek:  0  Rotate: 15  Transfer: 30  Total:  45\nBlock:   8  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  30  Seek: 80  Rotate:190  Transfer: 30  Total: 300\n\nTOTALS      Seek: 80  Rotate:205  Transfer: 90  Total: 375\n\n",
  ],
  [
    'homework: a skew of 2 sectors across the track boundary',
    '-a 10,11,12,13 -o 2 -c',
    "OPTIONS seed 0\nOPTIONS addr 10,11,12,13\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 2\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 2 30 12\n1 2 30 13\n1 2 30 14\n1 2 30 15\n1 2 30 16\n1 2 30 17\n1 2 30 18\n1 2 30 19\n1 2 30 20\n1 2 30 21\n1 2 30 22\n1 2 30 23\n2 4 30 24\n2 4 30 25\n2 4 30 26\n2 4 30 27\n2 4 30 28\n2 4 30 29\n2 4 30 30\n2 4 30 31\n2 4 30 32\n2 4 30 33\n2 4 30 34\n2 4 30 35\nREQUESTS ['10', '11', '12', '13']\n\nBlock:  10  Seek:  0  Rotate:105  Transfer: 30  Total: 135\nBlock:  11  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  12  Seek: 40  Rotate: 20  Transfer: 30  Total:  90\nBlock:  13  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\n\nTOTALS      Seek: 40  Rotate:125  Transfer:120  Total: 285\n\n",
  ],
  [
    'homework: a faster seek (4 units a tick)',
    '-a 10,11,12,13 -S 4 -c',
    "OPTIONS seed 0\nOPTIONS addr 10,11,12,13\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 4\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['10', '11', '12', '13']\n\nBlock:  10  Seek:  0  Rotate:105  Transfer: 30  Total: 135\nBlock:  11  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  12  Seek: 10  Rotate:350  Transfer: 30  Total: 390\nBlock:  13  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\n\nTOTALS      Seek: 10  Rotate:455  Transfer:120  Total: 585\n\n",
  ],
  [
    'homework: a slow seek (0.1 a tick, in floating point)',
    '-a 10,11,12,13,24,1 -S 0.1 -c',
    "OPTIONS seed 0\nOPTIONS addr 10,11,12,13,24,1\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 0.1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['10', '11', '12', '13', '24', '1']\n\nBlock:  10  Seek:  0  Rotate:105  Transfer: 30  Total: 135\nBlock:  11  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  12  Seek:401  Rotate:319  Transfer: 30  Total: 750\nBlock:  13  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  24  Seek:400  Rotate:260  Transfer: 30  Total: 690\nBlock:   1  Seek:801  Rotate:279  Transfer: 30  Total:1110\n\nTOTALS      Seek:1602  Rotate:963  Transfer:180  Total:2745\n\n",
  ],
  [
    'homework: a slower platter (0.5 degrees a tick)',
    '-a 10,11,12,13,24,1 -R 0.5 -c',
    "OPTIONS seed 0\nOPTIONS addr 10,11,12,13,24,1\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 0.5\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS ['10', '11', '12', '13', '24', '1']\n\nBlock:  10  Seek:  0  Rotate:210  Transfer: 60  Total: 270\nBlock:  11  Seek:  0  Rotate:  0  Transfer: 60  Total:  60\nBlock:  12  Seek: 40  Rotate:680  Transfer: 60  Total: 780\nBlock:  13  Seek:  0  Rotate:  0  Transfer: 60  Total:  60\nBlock:  24  Seek: 40  Rotate:560  Transfer: 60  Total: 660\nBlock:   1  Seek: 80  Rotate:640  Transfer: 60  Total: 780\n\nTOTALS      Seek:160  Rotate:2090  Transfer:360  Total:2610\n\n",
  ],
  [
    'homework: zoning, more sectors on the outer track',
    '-z 10,20,30 -A 5,-1,0 -s 1 -c',
    'OPTIONS seed 1\nOPTIONS addr -1\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy FIFO\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 10,20,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 10\nz 1 20\nz 2 30\n0 10 0\n0 10 1\n0 10 2\n0 10 3\n0 10 4\n0 10 5\n0 10 6\n0 10 7\n0 10 8\n0 10 9\n0 10 10\n0 10 11\n0 10 12\n0 10 13\n0 10 14\n0 10 15\n0 10 16\n0 10 17\n0 10 18\n0 10 19\n0 10 20\n0 10 21\n0 10 22\n0 10 23\n0 10 24\n0 10 25\n0 10 26\n0 10 27\n0 10 28\n0 10 29\n0 10 30\n0 10 31\n0 10 32\n0 10 33\n0 10 34\n0 10 35\n1 0 20 36\n1 0 20 37\n1 0 20 38\n1 0 20 39\n1 0 20 40\n1 0 20 41\n1 0 20 42\n1 0 20 43\n1 0 20 44\n1 0 20 45\n1 0 20 46\n1 0 20 47\n1 0 20 48\n1 0 20 49\n1 0 20 50\n1 0 20 51\n1 0 20 52\n1 0 20 53\n2 0 30 54\n2 0 30 55\n2 0 30 56\n2 0 30 57\n2 0 30 58\n2 0 30 59\n2 0 30 60\n2 0 30 61\n2 0 30 62\n2 0 30 63\n2 0 30 64\n2 0 30 65\nREQUESTS [7, 45, 41, 13, 26]\n\nBlock:   7  Seek:  0  Rotate:245  Transfer: 10  Total: 255\nBlock:  45  Seek: 40  Rotate: 55  Transfer: 20  Total: 115\nBlock:  41  Seek:  0  Rotate:260  Transfer: 20  Total: 280\nBlock:  13  Seek: 40  Rotate:335  Transfer: 10  Total: 385\nBlock:  26  Seek:  0  Rotate:120  Transfer: 10  Total: 130\n\nTOTALS      Seek: 80  Rotate:1015  Transfer: 70  Total:1165\n\n',
  ],
  [
    'homework: SATF with a window of one is FIFO',
    '-A 10,-1,0 -p SATF -w 1 -s 1 -c',
    'OPTIONS seed 1\nOPTIONS addr -1\nOPTIONS addrDesc 10,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window 1\nOPTIONS policy SATF\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS [3, 20, 18, 6, 11, 10, 15, 18, 2, 0]\n\nBlock:   3  Seek:  0  Rotate:255  Transfer: 30  Total: 285\nBlock:  20  Seek: 40  Rotate: 80  Transfer: 30  Total: 150\nBlock:  18  Seek:  0  Rotate:270  Transfer: 30  Total: 300\nBlock:   6  Seek: 40  Rotate:290  Transfer: 30  Total: 360\nBlock:  11  Seek:  0  Rotate:120  Transfer: 30  Total: 150\nBlock:  10  Seek:  0  Rotate:300  Transfer: 30  Total: 330\nBlock:  15  Seek: 40  Rotate: 80  Transfer: 30  Total: 150\nBlock:  18  Seek:  0  Rotate: 60  Transfer: 30  Total:  90\nBlock:   2  Seek: 40  Rotate:170  Transfer: 30  Total: 240\nBlock:   0  Seek:  0  Rotate:270  Transfer: 30  Total: 300\n\nTOTALS      Seek:160  Rotate:1895  Transfer:300  Total:2355\n\n',
  ],
  [
    'homework: BSATF, a fairness window of 4',
    '-A 10,-1,0 -p BSATF -w 4 -s 1 -c',
    'OPTIONS seed 1\nOPTIONS addr -1\nOPTIONS addrDesc 10,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window 4\nOPTIONS policy BSATF\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS [3, 20, 18, 6, 11, 10, 15, 18, 2, 0]\n\nBlock:  20  Seek: 40  Rotate:  5  Transfer: 30  Total:  75\nBlock:   3  Seek: 40  Rotate:140  Transfer: 30  Total: 210\nBlock:  18  Seek: 40  Rotate: 20  Transfer: 30  Total:  90\nBlock:   6  Seek: 40  Rotate:290  Transfer: 30  Total: 360\nBlock:  10  Seek:  0  Rotate: 90  Transfer: 30  Total: 120\nBlock:  11  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  15  Seek: 40  Rotate: 50  Transfer: 30  Total: 120\nBlock:  18  Seek:  0  Rotate: 60  Transfer: 30  Total:  90\nBlock:   0  Seek: 40  Rotate:110  Transfer: 30  Total: 180\nBlock:   2  Seek:  0  Rotate: 30  Transfer: 30  Total:  60\n\nTOTALS      Seek:240  Rotate:795  Transfer:300  Total:1335\n\n',
  ],
  [
    'late requests drawn with -L, under SATF',
    '-A 5,-1,0 -L 3,-1,0 -p SATF -s 2 -c',
    'OPTIONS seed 2\nOPTIONS addr -1\nOPTIONS addrDesc 5,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy SATF\nOPTIONS compute True\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 3,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS [22, 22, 1, 2, 20]\n\nLATE REQUESTS [17, 16, 7]\n\nBlock:  20  Seek: 40  Rotate:  5  Transfer: 30  Total:  75\nBlock:  22  Seek:  0  Rotate: 30  Transfer: 30  Total:  60\nBlock:   1  Seek: 40  Rotate: 20  Transfer: 30  Total:  90\nBlock:   2  Seek:  0  Rotate:  0  Transfer: 30  Total:  30\nBlock:  17  Seek: 40  Rotate: 20  Transfer: 30  Total:  90\nBlock:  22  Seek:  0  Rotate:120  Transfer: 30  Total: 150\nBlock:  16  Seek:  0  Rotate:150  Transfer: 30  Total: 180\nBlock:   7  Seek: 40  Rotate: 20  Transfer: 30  Total:  90\n\nTOTALS      Seek:160  Rotate:365  Transfer:240  Total: 765\n\n',
  ],
  [
    'random requests, the problem',
    '-s 7 -A 6,-1,0 -p SSTF',
    'OPTIONS seed 7\nOPTIONS addr -1\nOPTIONS addrDesc 6,-1,0\nOPTIONS seekSpeed 1\nOPTIONS rotateSpeed 1\nOPTIONS skew 0\nOPTIONS window -1\nOPTIONS policy SSTF\nOPTIONS compute False\nOPTIONS graphics False\nOPTIONS zoning 30,30,30\nOPTIONS lateAddr -1\nOPTIONS lateAddrDesc 0,-1,0\n\nz 0 30\nz 1 30\nz 2 30\n0 30 0\n0 30 1\n0 30 2\n0 30 3\n0 30 4\n0 30 5\n0 30 6\n0 30 7\n0 30 8\n0 30 9\n0 30 10\n0 30 11\n1 0 30 12\n1 0 30 13\n1 0 30 14\n1 0 30 15\n1 0 30 16\n1 0 30 17\n1 0 30 18\n1 0 30 19\n1 0 30 20\n1 0 30 21\n1 0 30 22\n1 0 30 23\n2 0 30 24\n2 0 30 25\n2 0 30 26\n2 0 30 27\n2 0 30 28\n2 0 30 29\n2 0 30 30\n2 0 30 31\n2 0 30 32\n2 0 30 33\n2 0 30 34\n2 0 30 35\nREQUESTS [7, 3, 15, 1, 12, 8]\n\n\nFor the requests above, compute the seek, rotate, and transfer times.\nUse -c or the graphical mode (-G) to see the answers.\n\n',
  ],
];

function solve(args: string) {
  const parsed = optparse(args.split(' ').filter(Boolean), diskScript.specs, diskScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return diskScript.solve(parsed.values, runScenario);
}
const text = (args: string) => {
  const r = solve(args);
  return r.ok ? r.text : `refused: ${r.error}`;
};

describe('disk.py on our hard-disk model', () => {
  it.each(GOLDEN)('%s: disk.py %s', (_name, args, expected) => {
    expect(text(args)).toBe(expected);
  });

  it('answers -G as -c, after a note that the animation is in the UI', () => {
    const g = text('-a 10,18 -G');
    expect(g).toContain(GRAPHICS_NOTE);
    expect(g).toContain('WARNING: Setting compute flag to True, as graphics are on');
    expect(g).toContain('Block:  18  Seek: 40  Rotate:170  Transfer: 30  Total: 240');
  });

  it('explains each pick in words', () => {
    const r = solve('-a 7,30,8 -p SSTF -c');
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.served.map((s) => s.block)).toEqual([7, 8, 30]);
    expect(r.answer.served[1]?.why).toMatch(/^request 2 \(block 8\) chosen: nearest track with a request/);
  });

  it.each([
    ['-w 0', '-w/--schedWindow'],
    ['-a 40 -c', '-a/--addr: a request for block 40, but the disk has blocks 0 to 35'],
    ['-z 30,30,60 -A 5,40,0 -s 1', '-A/--addrDesc: a request for block'],
    ['-a 1 -L 9,100,0', '-L/--lateAddrDesc: a request for block'],
    ['-S 3', 'must divide evenly into the track width'],
    ['-S 0', 'must not be 0'],
    ['-R 0 -a 1', '-R/--rotSpeed'],
    ['-z 1,30,30', '-z/--zoning'],
    ['-z 30,30', '-z/--zoning'],
    ['-A 5,x,0', '-A/--addrDesc'],
    ['-A 5,-1', 'bad address description'],
    ['-a 1,x', '-a/--addr: "x" is not a block number'],
    ['-a 1 -l 5', '-l/--lateAddr'],
    ['-p FOO -a 1', '-p/--policy must be FIFO, SSTF, SATF, BSATF, SCAN, C-SCAN, LOOK or C-LOOK'],
  ])('refuses where disk.py stops: %s', (args, why) => {
    expect(text(args)).toContain(why);
  });

  it('answers an unknown policy as disk.py does when there is nothing to serve', () => {
    expect(text('-p FOO -A 0,-1,0 -c')).toContain('REQUESTS []\n\n\nTOTALS      Seek:  0');
  });

  it('answers with the SCAN family, which disk.py lacks', () => {
    const r = solve('-a 30,7,20,8 -p LOOK -c');
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.served.map((s) => s.block)).toEqual([7, 8, 20, 30]);
  });
});
